/**
 * A whole package too large to travel spelled out (a summit's meeting package: 600 recommendations
 * with 40 versions each is 145 MiB, more than any Palabre reads) is written with each version's
 * unchanged blocks as references to its parent's (format 5), and a new laptop takes it in whole.
 * One still too large is compressed; too large even so, it is refused with its size, and nothing is
 * written. A compressed file is inflated within its own cap, and a damaged one refused. The limits
 * are lowered here so that a small meeting stands for a large one.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../../../../../electron/main/services/exchange/exportPackage';
import { readPackageFile } from '../../../../../electron/main/services/exchange/packageFile';
import { hasSameBlocks } from '../../../../../shared/package/sameBlocks';
import { canonicalJson } from '../../../../../shared/package/read';
import { PACKAGE_LIMITS, SAME_BLOCKS_FORMAT_VERSION, WHOLE_PACKAGE_FORMAT_VERSION, type PalabrePackage } from '../../../../../shared/package/format';
import { refusalOf } from '../../../../helpers/tempDb';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PalabrePackage;
const isGzip = (path: string) => readFileSync(path).subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]));
/** The readers' caps, the file's lowered to `maxBytes`. */
const under = (maxBytes: number) => ({ maxBytes, maxTextBytes: PACKAGE_LIMITS.maxTextBytes });
/** Every version of the meeting on a laptop, id → body as content (key order aside). */
function versions(laptop: Laptop, meetingId: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rec of laptop.store.ctx.exchange.recommendations(meetingId)) {
    for (const v of laptop.store.ctx.recommendations.versions(rec.id)) out.set(v.id, canonicalJson(JSON.parse(v.bodyJson)));
  }
  return out;
}

describe('a whole package past the size every reader takes', { timeout: 60_000 }, () => {
  const office = new Office();
  let sec: Laptop;
  let m: Meeting;
  let spelledOut: string;
  /** The same meeting with its blocks shared (format 5), plain. */
  let shared: string;
  afterAll(() => office.close());

  beforeAll(async () => {
    sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    // A history: each edit changes one paragraph of three, as an expert's does.
    for (let i = 0; i < 6; i++) await sec.editParagraph(m.r1.id, i % 3, (t) => `${t} Rédaction ${i + 2}\u00A0: « précisée ».`);
    spelledOut = sec.send('meeting', m.meetingId, 'reunion.palabre');
  });

  it('is written spelled out, for laptops not updated yet, while it fits', () => {
    const pkg = read(spelledOut);
    expect(pkg.formatVersion).toBe(WHOLE_PACKAGE_FORMAT_VERSION);
    expect(pkg.recommendations.every((r) => r.versions.every((v) => !hasSameBlocks(v.body)))).toBe(true);
  });

  it('shares the blocks each version has from its parent when spelled out it would not fit, and a new laptop takes every version in', async () => {
    const limit = statSync(spelledOut).size - 1;
    const path = join(office.folder, 'reunion-partagee.palabre');
    const result = exportPackage(sec.store.ctx, { meetingId: m.meetingId, kind: 'meeting', path }, under(limit));
    shared = path;
    expect(isGzip(path)).toBe(false);
    expect(result.compressed).toBe(false);
    const pkg = read(path);
    expect(pkg.formatVersion).toBe(SAME_BLOCKS_FORMAT_VERSION);
    expect(result.bytes).toBe(statSync(path).size);
    expect(result.bytes).toBeLessThanOrEqual(limit);
    expect(result.versionCount).toBe(read(spelledOut).recommendations.reduce((n, r) => n + r.versions.length, 0));
    // R1's later versions write two of their three paragraphs as their parent's.
    const r1 = pkg.recommendations.find((r) => r.id === m.r1.id)!;
    expect(r1.versions[0]!.body.root.children.every((b) => !('same' in b))).toBe(true);
    expect(r1.versions.slice(1).every((v) => v.body.root.children.filter((b) => 'same' in b).length === 2)).toBe(true);

    const laptop = await office.laptop('Awa');
    const summary = laptop.receive([path]);
    expect(summary.meetingCreated).toBe(true);
    expect(versions(laptop, m.meetingId)).toEqual(versions(sec, m.meetingId));
    expect(await laptop.texts(m.r1.id)).toEqual(await sec.texts(m.r1.id));
    // The typography the secretariat's save gave it (no-break spaces inside « ») travels as it is.
    expect((await laptop.texts(m.r1.id))[2]).toMatch(/Rédaction 7\u00A0: «[\u00A0\u202F]précisée[\u00A0\u202F]»\.$/u);
  });

  it('is compressed when even so it passes what a plain file may weigh, and a new laptop takes every version in', async () => {
    const limit = statSync(shared).size - 1;
    const path = join(office.folder, 'reunion-compressee.palabre');
    const result = exportPackage(sec.store.ctx, { meetingId: m.meetingId, kind: 'meeting', path }, under(limit));
    expect(isGzip(path)).toBe(true);
    expect(result.compressed).toBe(true);
    expect(result.bytes).toBe(statSync(path).size);
    expect(result.bytes).toBeLessThan(limit / 2);
    // Inside, the plain file it would have been (written a moment later: its date and digest aside).
    const inside = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as PalabrePackage;
    const sansDate = ({ createdAt: _at, digest: _digest, ...rest }: PalabrePackage) => rest;
    expect(sansDate(inside)).toEqual(sansDate(read(shared)));
    expect(readPackageFile(path)).toEqual(inside);

    const laptop = await office.laptop('Kofi');
    const summary = laptop.receive([path]);
    expect(summary.meetingCreated).toBe(true);
    expect(versions(laptop, m.meetingId)).toEqual(versions(sec, m.meetingId));
    expect((await laptop.texts(m.r1.id))[2]).toMatch(/Rédaction 7\u00A0: «[\u00A0\u202F]précisée[\u00A0\u202F]»\.$/u);
  });

  it('is read within its own cap once inflated: past it, or damaged, refused with nothing imported', async () => {
    const laptop = await office.laptop('Mariam');
    const plain = readFileSync(shared);
    const bomb = join(office.folder, 'bombe.palabre');
    writeFileSync(bomb, gzipSync(plain));
    const past = refusalOf(() => readPackageFile(bomb, { maxBytes: PACKAGE_LIMITS.maxBytes, maxTextBytes: plain.length - 1 }));
    expect(past.code).toBe('package_too_large');
    expect(past.message.fr).toMatch(/^Ce fichier est trop volumineux pour un paquet Palabre \(bombe\.palabre\u00A0: décompressé, plus de [\d,]+\u00A0Mio\)\u202F; rien n’a été importé\.$/);
    expect(past.message.en).toMatch(/\(bombe\.palabre: uncompressed, more than [\d.]+ MiB\); nothing was imported\.$/);

    const damaged = join(office.folder, 'abimee.palabre');
    const whole = gzipSync(plain);
    writeFileSync(damaged, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const refusal = refusalOf(() => laptop.receive([damaged]));
    expect(refusal.code).toBe('package_unreadable');
    expect(refusal.message.fr).toMatch(/abimee\.palabre\u00A0: fichier compressé endommagé\u202F; rien n’a été importé\.$/);
    expect(laptop.store.ctx.exchange.recommendations(m.meetingId)).toEqual([]);
  });

  it('is refused, with its size, when even so it would not fit: no file, and the last package sent stays the basis', () => {
    const path = join(office.folder, 'trop-grand.palabre');
    const basis = sec.store.ctx.bases.get(m.meetingId)?.digest;
    // Its text past what a compressed package may inflate to…
    const refusal = refusalOf(() => exportPackage(sec.store.ctx, { meetingId: m.meetingId, kind: 'meeting', path }, { maxBytes: 2_000, maxTextBytes: 4_000 }));
    expect(refusal.code).toBe('package_too_large_to_write');
    expect(refusal.message.fr).toMatch(/^Ce paquet serait trop volumineux pour qu’un autre Palabre le lise \([\d,]+\u00A0Mio > 0,0\u00A0Mio\)\u202F; aucun fichier n’a été écrit\.$/);
    expect(refusal.message.en).toMatch(/\([\d.]+ MiB > 0\.0 MiB\); no file was written\.$/);
    expect(existsSync(path)).toBe(false);
    // …or compressed, still past what a file may weigh.
    const compressed = refusalOf(() => exportPackage(sec.store.ctx, { meetingId: m.meetingId, kind: 'meeting', path }, under(200)));
    expect(compressed.code).toBe('package_too_large_to_write');
    expect(compressed.message.fr).toMatch(/\(compressé, [\d,]+\u00A0Mio > 0,0\u00A0Mio\)\u202F; aucun fichier n’a été écrit\.$/);
    expect(compressed.message.en).toMatch(/\(compressed, [\d.]+ MiB > 0\.0 MiB\); no file was written\.$/);
    expect(existsSync(path)).toBe(false);
    expect(sec.store.ctx.bases.get(m.meetingId)?.digest).toBe(basis);
  });
});
