/**
 * A whole package too large to travel spelled out (a summit's meeting package: 600 recommendations
 * with 40 versions each is 145 MiB, more than any Palabre reads) is written with each version's
 * unchanged blocks as references to its parent's (format 5), and a new laptop takes it in whole.
 * One still too large is refused with its size, and nothing is written. The limit is lowered here
 * so that a small meeting stands for a large one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../../../../../electron/main/services/exchange/exportPackage';
import { hasSameBlocks } from '../../../../../shared/package/sameBlocks';
import { canonicalJson } from '../../../../../shared/package/read';
import { SAME_BLOCKS_FORMAT_VERSION, WHOLE_PACKAGE_FORMAT_VERSION, type PalabrePackage } from '../../../../../shared/package/format';
import { refusalOf } from '../../../../helpers/tempDb';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PalabrePackage;
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
    const result = exportPackage(sec.store.ctx, { meetingId: m.meetingId, kind: 'meeting', path }, limit);
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

  it('is refused, with its size, when even so it would not fit: no file, and the last package sent stays the basis', () => {
    const path = join(office.folder, 'trop-grand.palabre');
    const basis = sec.store.ctx.bases.get(m.meetingId)?.digest;
    const refusal = refusalOf(() => exportPackage(sec.store.ctx, { meetingId: m.meetingId, kind: 'meeting', path }, 2_000));
    expect(refusal.code).toBe('package_too_large_to_write');
    expect(refusal.message.fr).toMatch(/^Ce paquet serait trop volumineux pour qu’un autre Palabre le lise \([\d,]+\u00A0Mio > 0,0\u00A0Mio\)\u202F; aucun fichier n’a été écrit\.$/);
    expect(refusal.message.en).toMatch(/\([\d.]+ MiB > 0\.0 MiB\); no file was written\.$/);
    expect(existsSync(path)).toBe(false);
    expect(sec.store.ctx.bases.get(m.meetingId)?.digest).toBe(basis);
  });
});
