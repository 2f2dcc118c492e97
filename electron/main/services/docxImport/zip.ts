/**
 * Reading a .docx package without trusting it. The central directory is read by hand so that every
 * entry is checked (name, declared sizes, method, ratio) before a single byte is inflated; then only
 * the XML parts are inflated, in small steps, counting the real output against the declared size and
 * the caps (a forged size or a zip bomb is stopped as soon as it overflows, never held in memory).
 * Media (images…) are never inflated: nothing of them is imported.
 */
import { Inflate } from 'fflate';
import { PalabreError } from '../../../../shared/errors';

export const DOCX_LIMITS = {
  /** The file itself. */
  maxFileBytes: 25 * 1024 * 1024,
  maxEntries: 2000,
  /** All XML parts together, inflated. */
  maxXmlBytes: 60 * 1024 * 1024,
  /** One XML part, inflated. */
  maxPartBytes: 40 * 1024 * 1024,
  /** Inflated / compressed, for parts big enough to matter. Real Word XML stays far below. */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  crc: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const unreadable = (fr: string, en: string) => new PalabreError('docx_unreadable', { fr, en });
const unsafe = (fr: string, en: string) => new PalabreError('docx_unsafe', { fr, en });

/** The entries of the central directory, every one checked. Throws a PalabreError naming the problem. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length > DOCX_LIMITS.maxFileBytes) {
    throw new PalabreError('docx_too_large', {
      fr: `${megabytes(bytes.length, ',')}\u00A0Mo, au plus ${megabytes(DOCX_LIMITS.maxFileBytes, ',')}`,
      en: `${megabytes(bytes.length, '.')} MB, at most ${megabytes(DOCX_LIMITS.maxFileBytes, '.')}`,
    });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) throw unreadable('pas un fichier zip', 'not a zip file');
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw unreadable('fichier tronqué ou endommagé', 'truncated or damaged file');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw unsafe('format zip64 non pris en charge', 'zip64 is not supported');
  if (count > DOCX_LIMITS.maxEntries) throw unsafe(`${count} éléments, au plus ${DOCX_LIMITS.maxEntries}`, `${count} entries, at most ${DOCX_LIMITS.maxEntries}`);
  if (dirOffset + dirSize > eocd) throw unreadable('répertoire zip incohérent', 'inconsistent zip directory');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw unreadable('répertoire zip endommagé', 'damaged zip directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > eocd) throw unreadable('répertoire zip endommagé', 'damaged zip directory');
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    checkName(name);
    if (names.has(name)) throw unsafe(`élément en double «\u00A0${shown(name)}\u00A0»`, `duplicate entry “${shown(name)}”`);
    names.add(name);
    if (flags & 0x1) throw unsafe('document chiffré', 'encrypted document');
    if (method !== 0 && method !== 8) throw unreadable(`méthode de compression ${method}`, `compression method ${method}`);
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw unsafe('format zip64 non pris en charge', 'zip64 is not supported');
    if (localOffset + 30 > dirOffset) throw unreadable('élément hors du fichier', 'entry outside the file');
    entries.push({ name, crc, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The inflated content of an entry, its real size checked against the declared one and the caps. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: { left: number }): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== LOCAL) throw unreadable(`en-tête de «\u00A0${shown(entry.name)}\u00A0» endommagé`, `damaged header of “${shown(entry.name)}”`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw unreadable('fichier tronqué', 'truncated file');
  const limit = Math.min(entry.size, DOCX_LIMITS.maxPartBytes, budget.left);
  if (entry.size > limit) throw tooLarge(entry.name);
  if (entry.size > DOCX_LIMITS.ratioFloorBytes && entry.size / Math.max(entry.compressedSize, 1) > DOCX_LIMITS.maxRatio) {
    throw unsafe(`taux de compression anormal de «\u00A0${shown(entry.name)}\u00A0» (bombe zip\u202F?)`, `abnormal compression ratio of “${shown(entry.name)}” (zip bomb?)`);
  }
  const input = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw forged(entry.name);
    out = input.slice();
  } else {
    out = new Uint8Array(entry.size);
    let written = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      if (overflow) return;
      if (written + chunk.length > entry.size) {
        overflow = true;
        return;
      }
      out.set(chunk, written);
      written += chunk.length;
    });
    try {
      // Small steps: one step of deflate can only grow about a thousand times, so memory stays bounded.
      const STEP = 16 * 1024;
      for (let i = 0; i < input.length && !overflow; i += STEP) inflater.push(input.subarray(i, i + STEP), i + STEP >= input.length);
    } catch {
      throw unreadable(`contenu de «\u00A0${shown(entry.name)}\u00A0» endommagé`, `damaged content of “${shown(entry.name)}”`);
    }
    if (overflow || written !== entry.size) throw forged(entry.name);
  }
  // The checksum catches a part altered after it was written (a stored part has no other check).
  if (crc32(out) !== entry.crc) throw unreadable(`contenu de «\u00A0${shown(entry.name)}\u00A0» altéré`, `altered content of “${shown(entry.name)}”`);
  budget.left -= out.length;
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function forged(name: string): PalabreError {
  return unsafe(`la taille déclarée de «\u00A0${shown(name)}\u00A0» est fausse`, `the declared size of “${shown(name)}” is false`);
}

function tooLarge(name: string): PalabreError {
  return new PalabreError('docx_too_large', { fr: `partie «\u00A0${shown(name)}\u00A0»`, en: `part “${shown(name)}”` });
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

/** Names that could write outside a folder if anyone ever extracted them, or that hide what they are. */
function checkName(name: string): void {
  const bad =
    name.length === 0 ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..');
  if (bad) throw unsafe(`nom d’élément interdit «\u00A0${shown(name)}\u00A0»`, `forbidden entry name “${shown(name)}”`);
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Without the UTF-8 flag the name is CP437; docx names are ASCII, so latin1 is enough to show it.
  return utf8 ? new TextDecoder('utf-8').decode(bytes) : Array.from(bytes, (b) => String.fromCharCode(b)).join('');
}

/** A name as shown in a message: control characters replaced, bounded. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

function megabytes(n: number, decimal: string): string {
  return (n / (1024 * 1024)).toFixed(1).replace('.', decimal);
}
