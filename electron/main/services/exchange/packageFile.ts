/**
 * Package files on disk: the digest, reading an untrusted file in bounded steps, writing atomically.
 *
 * Packages are written as plain UTF-8 JSON while they fit in what a reader of plain files takes
 * (PACKAGE_LIMITS.maxBytes): a secretariat can open one in any editor to see what it carries, and
 * mail systems compress attachments anyway. Only a package whose text passes that (a large
 * summit's meeting package) is written gzip-compressed, its inflated text capped in turn
 * (maxTextBytes): refusing it would leave such a meeting no way to travel.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PackagedFile } from '../../../../shared/domain/exchange';
import type { Localized } from '../../../../shared/domain/types';
import { PalabreError } from '../../../../shared/errors';
import { PACKAGE_LIMITS, type PackageContent, type PalabrePackage } from '../../../../shared/package/format';
import { canonicalJson, packageContent, readPackageText } from '../../../../shared/package/read';

export function packageDigest(content: PackageContent | Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** The package with its digest, whatever its size (a test's, say): sealWithin with no limit. */
export function sealPackage(content: PackageContent): PalabrePackage {
  const sealed = sealWithin(content, Number.POSITIVE_INFINITY);
  if ('bytes' in sealed) throw new RangeError('package too large to write');
  return sealed.pkg;
}

/**
 * The sealed package and its text when the text fits in `maxBytes`; else the size it would have (at
 * least). Each top-level member is written out once: the content's text (what the digest covers)
 * and the file's (the same members, the digest among them in its sorted place) are joined from the
 * same pieces, as canonicalJson would write them: a summit's meeting package is tens of megabytes.
 */
export function sealWithin(content: PackageContent, maxBytes: number): { pkg: PalabrePackage; text: string } | { bytes: number } {
  try {
    const members = Object.keys(content)
      .filter((key) => (content as unknown as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => [key, `${JSON.stringify(key)}:${canonicalJson((content as unknown as Record<string, unknown>)[key])}`] as const);
    const contentText = `{${members.map(([, json]) => json).join(',')}}`;
    const contentBytes = Buffer.byteLength(contentText, 'utf8');
    if (contentBytes > maxBytes) return { bytes: contentBytes };
    const digest = { algorithm: 'sha256' as const, value: createHash('sha256').update(contentText, 'utf8').digest('hex') };
    const digestMember = [DIGEST_KEY, `${JSON.stringify(DIGEST_KEY)}:${canonicalJson(digest)}`] as const;
    const text = `{${[...members, digestMember].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, json]) => json).join(',')}}`;
    const bytes = Buffer.byteLength(text, 'utf8');
    return bytes > maxBytes ? { bytes } : { pkg: { ...content, digest }, text };
  } catch (error) {
    // Past the longest string the engine makes (2^29 characters, each at least a byte): too large by far.
    if (error instanceof RangeError) return { bytes: 2 ** 29 };
    throw error;
  }
}

const DIGEST_KEY = 'digest';

/**
 * The text of a package file: canonical JSON too (keys sorted), so that the file minus its digest
 * member is, byte for byte, what the digest covers, and a reader checks it by hashing the bytes as
 * they are rather than writing the whole package again (see digestMatches).
 */
export function packageText(pkg: PalabrePackage): string {
  return canonicalJson(pkg);
}

/**
 * Whether the digest holds. Fast way first: in a file written canonically, the bytes without the
 * `,"digest":{…}` member are exactly the canonical content, so hashing them is enough (a match
 * cannot happen by chance). Otherwise (a file written by hand, or by an older Palabre), the content
 * is serialised canonically and hashed, as the format says.
 */
function digestMatches(bytes: Uint8Array, pkg: PalabrePackage): boolean {
  const value = pkg.digest.value;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const member = Buffer.from(`,"digest":{"algorithm":"sha256","value":${JSON.stringify(value)}}`, 'utf8');
  const at = buffer.indexOf(member, start);
  if (at >= 0) {
    const hash = createHash('sha256').update(buffer.subarray(start, at)).update(buffer.subarray(at + member.length)).digest('hex');
    if (hash === value) return true;
  }
  return packageDigest(packageContent(pkg)) === value;
}

export type PackageSizeLimits = Pick<typeof PACKAGE_LIMITS, 'maxBytes' | 'maxTextBytes'>;

/** The two bytes every gzip stream starts with (RFC 1952); a JSON text never does. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * What goes into the file for this text: the text itself while it fits in `maxBytes`, else gzip
 * of it, or the size that is too large (the text's past `maxTextBytes`, or what it compressed to).
 */
export function packageFileBytes(text: string, limits: PackageSizeLimits): { data: Buffer; compressed: boolean } | { bytes: number; compressed: boolean } {
  const plain = Buffer.from(text, 'utf8');
  if (plain.length <= limits.maxBytes) return { data: plain, compressed: false };
  if (plain.length > limits.maxTextBytes) return { bytes: plain.length, compressed: false };
  const data = gzipSync(plain);
  return data.length <= limits.maxBytes ? { data, compressed: true } : { bytes: data.length, compressed: true };
}

/**
 * A package file's text as bytes: a compressed one inflated, never past `maxTextBytes` (a small
 * file that inflates without end is refused as the size it tries to reach, not read into memory).
 */
function inflated(bytes: Uint8Array, name: string, maxTextBytes: number): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxTextBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PalabreError('package_too_large', { fr: `${name}\u00A0: décompressé, plus de ${mebibytes(maxTextBytes, 'fr')}`, en: `${name}: uncompressed, more than ${mebibytes(maxTextBytes, 'en')}` });
    }
    throw new PalabreError('package_unreadable', { fr: `${name}\u00A0: fichier compressé endommagé`, en: `${name}: damaged compressed file` });
  }
}

/** The bytes of a file, refused before reading when larger than a package may be. */
export function readBoundedFile(path: string, maxBytes: number = PACKAGE_LIMITS.maxBytes): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new PalabreError('file_unreadable', `${basename(path)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new PalabreError('package_too_large', sizePastLimit(size, maxBytes));
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** « 65,0 Mio > 64,0 Mio » in each language, after what `what` says of the size (« compressé, »). */
export function sizePastLimit(bytes: number, limit: number, what: Localized = { fr: '', en: '' }): Localized {
  return { fr: `${what.fr}${mebibytes(bytes, 'fr')} > ${mebibytes(limit, 'fr')}`, en: `${what.en}${mebibytes(bytes, 'en')} > ${mebibytes(limit, 'en')}` };
}

export function mebibytes(bytes: number, locale: 'fr' | 'en'): string {
  const amount = (bytes / (1024 * 1024)).toFixed(1);
  return locale === 'fr' ? `${amount.replace('.', ',')}\u00A0Mio` : `${amount} MiB`;
}

/** A package from its file's bytes: every check done, digest included; nothing is written anywhere. */
export function parsePackage(file: Uint8Array, name: string, maxTextBytes: number = PACKAGE_LIMITS.maxTextBytes): PalabrePackage {
  const bytes = inflated(file, name, maxTextBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PalabreError('package_unreadable', { fr: `${name}\u00A0: texte illisible (pas de l’UTF-8)`, en: `${name}: unreadable text (not UTF-8)` });
  }
  const read = readPackageText(text);
  if (!read.ok) {
    const e = read.error;
    switch (e.problem) {
      case 'too_deep':
        throw new PalabreError('package_hostile', { fr: `${name}\u00A0: imbrication trop profonde`, en: `${name}: nesting too deep` });
      case 'hostile_key':
        throw new PalabreError('package_hostile', { fr: `${name}\u00A0: clé interdite «\u00A0${e.key}\u00A0»`, en: `${name}: forbidden key “${e.key}”` });
      case 'not_json':
        throw new PalabreError('package_unreadable', { fr: `${name}\u00A0: JSON incomplet ou invalide`, en: `${name}: incomplete or invalid JSON` });
      case 'not_a_package':
        throw new PalabreError('package_not_palabre', name);
      case 'newer_version':
        throw new PalabreError('package_newer', String(e.version));
      case 'invalid':
        throw new PalabreError('package_invalid', { fr: `${name}\u00A0: ${e.detail.fr}`, en: `${name}: ${e.detail.en}` });
    }
  }
  const pkg = read.value;
  if (!digestMatches(bytes, pkg)) throw new PalabreError('package_tampered', name);
  return pkg;
}

export function readPackageFile(path: string, limits: PackageSizeLimits = PACKAGE_LIMITS): PalabrePackage {
  return parsePackage(readBoundedFile(path, limits.maxBytes), basename(path), limits.maxTextBytes);
}

/**
 * Writes the file whole or not at all: a temporary file beside the target, flushed to disk, then
 * renamed over it. A crash or a full disk leaves the previous file (or none), never half a package.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): number {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const fd = openSync(temp, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new PalabreError('file_unwritable', `${basename(path)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return bytes.length;
}

/** What the summaries say of a package file: never its folder (the renderer never sees a path). */
export function describeFile(name: string, pkg: PalabrePackage): PackagedFile {
  return {
    name: basename(name),
    kind: pkg.kind,
    meetingId: pkg.meeting.id,
    meetingTitle: pkg.meeting.title,
    createdAt: pkg.createdAt,
    createdByName: pkg.createdBy?.name ?? null,
    digest: pkg.digest.value,
  };
}
