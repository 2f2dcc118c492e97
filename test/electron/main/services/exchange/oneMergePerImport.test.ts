/**
 * One import, one merge per recommendation: the rapporteur takes in three experts' contributions
 * to the same recommendation at once and finds one merge version in its history, with our head
 * and the three experts' heads as parents and the three experts credited, rather than three merges
 * stacked by file. What each merged, its conflicts and who they are attributed to stay what three
 * successive merges gave; the history travels on (format 6) and reads the same on a new laptop.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { packageText, sealPackage } from '../../../../../electron/main/services/exchange/packageFile';
import { MANY_PARENTS_FORMAT_VERSION, PACKAGE_LIMITS, type PalabrePackage } from '../../../../../shared/package/format';
import { refusalOf } from '../../../../helpers/tempDb';
import { meetingSentTo, Office, type Laptop, type Meeting } from './laptops';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PalabrePackage;

describe('one merge per recommendation per import', { timeout: 60_000 }, () => {
  const office = new Office({ sharedClock: true });
  let m: Meeting;
  let awa: Laptop;
  let kofi: Laptop;
  let moussa: Laptop;
  let rap: Laptop;
  let files: string[];
  let rapHeadBefore: string;
  afterAll(() => office.close());

  beforeAll(async () => {
    const sent = await meetingSentTo(office, [['Awa', 'awa'], ['Kofi', 'kofi'], ['Moussa', 'moussa'], ['rapporteur', 'rapporteur']]);
    m = sent.m;
    [awa, kofi, moussa, rap] = sent.laptops as [Laptop, Laptop, Laptop, Laptop];
    // The rapporteur has edited R1 too: the first contribution is a merge, not a fast-forward.
    rapHeadBefore = (await rap.editParagraph(m.r1.id, 2, (t) => `${t} Elle en rend compte au sommet.`)).headVersionId;
    await awa.editParagraph(m.r1.id, 0, (t) => t.replace('des crises', 'des crises sécuritaires'));
    await kofi.editParagraph(m.r1.id, 1, (t) => t.replace('mécanismes nationaux', 'mécanismes nationaux et régionaux'));
    await moussa.editParagraph(m.r1.id, 0, (t) => t.replace('dans la région', 'au Sahel'));
    files = [awa.send('contribution', m.meetingId, 'awa.palabre'), kofi.send('contribution', m.meetingId, 'kofi.palabre'), moussa.send('contribution', m.meetingId, 'moussa.palabre')];
  });

  const history = (laptop: Laptop, id: string) => call(laptop.store.dispatch, 'recommendation:history', { recommendationId: id });

  it('leaves one merge version, with our head and each expert’s head as parents, and the experts credited', async () => {
    const before = (await history(rap, m.r1.id)).length;
    const summary = rap.receive(files);
    expect(summary.merged).toEqual([m.r1.id]);
    const versions = await history(rap, m.r1.id);
    // Our edit, the three experts' versions, and one merge on top of them.
    expect(versions).toHaveLength(before + 4);
    const head = versions.find((v) => v.isHead)!;
    const heads = await Promise.all([awa, kofi, moussa].map(async (l) => (await l.get(m.r1.id)).headVersionId));
    expect(head).toMatchObject({ origin: 'merge', authorName: 'Issouf Ouédraogo', parentIds: [rapHeadBefore, ...heads] });
    expect(head.coauthors.map((c) => c.name)).toEqual(['Awa Sow', 'Kofi Mensah', 'Moussa Traoré']);
    expect(versions.filter((v) => v.origin === 'merge')).toHaveLength(1);
  });

  it('merges what each brought as successive merges would, Moussa’s sentence against Awa’s a conflict attributed to each', async () => {
    expect(await rap.texts(m.r1.id)).toEqual([
      'Considérant la multiplication des crises sécuritaires dans la région.',
      'Les États membres renforcent les mécanismes nationaux et régionaux d’alerte précoce.',
      'La Commission suit chaque année la mise en œuvre de cette recommandation. Elle en rend compte au sommet.',
    ]);
    const conflicts = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflicts.map((c) => [c.kind, c.ours.text, c.ours.authorName, c.theirs.text, c.theirs.authorName])).toEqual([
      ['body', 'Considérant la multiplication des crises sécuritaires dans la région.', 'Awa Sow', 'Considérant la multiplication des crises au Sahel.', 'Moussa Traoré'],
    ]);
    // Resolved for Moussa's text: a new version on top of the merge.
    const mergeId = (await rap.get(m.r1.id)).headVersionId;
    const result = await call(rap.store.dispatch, 'conflict:resolve', { conflictId: conflicts[0]!.id, resolution: 'theirs' });
    const resolved = (await history(rap, m.r1.id)).find((v) => v.isHead)!;
    expect(resolved).toMatchObject({ id: result.headVersionId, parentIds: [mergeId] });
    expect((await rap.texts(m.r1.id))[0]).toBe('Considérant la multiplication des crises au Sahel.');
  });

  it('changes nothing when the same files are imported again', () => {
    const dump = rap.dump();
    expect(rap.receive(files).noChange).toBe(true);
    expect(rap.dump()).toBe(dump);
  });

  it('travels in format 6, and a new laptop has the same history from it', async () => {
    const meetingFile = rap.send('meeting', m.meetingId, 'reunion-rapporteur.palabre');
    const pkg = read(meetingFile);
    expect(pkg.formatVersion).toBe(MANY_PARENTS_FORMAT_VERSION);
    const newcomer = await office.laptop('nouveau');
    newcomer.receive([meetingFile]);
    const strip = (vs: Awaited<ReturnType<typeof history>>) => vs.map((v) => [v.id, v.parentIds, v.origin, v.coauthors.map((c) => c.name)]);
    expect(strip(await history(newcomer, m.r1.id))).toEqual(strip(await history(rap, m.r1.id)));
    expect(await newcomer.texts(m.r1.id)).toEqual(await rap.texts(m.r1.id));
  });

  it('refuses, changing nothing, a file that holds such a merge but says an older format', async () => {
    const { digest: _digest, ...content } = read(join(office.folder, 'reunion-rapporteur.palabre'));
    content.formatVersion = 5;
    const path = join(office.folder, 'format-5.palabre');
    writeFileSync(path, packageText(sealPackage(content)));
    const other = await office.laptop('autre');
    const before = other.dump();
    const refusal = refusalOf(() => other.receive([path]));
    expect(refusal.message.fr).toMatch(/une fusion de plus de deux versions ne s’écrit qu’en format\u00A06 \(ce fichier dit format\u00A05\)/);
    expect(refusal.message.en).toMatch(/a merge of more than two versions is written in format 6 only \(this file says format 5\)/);
    expect(other.dump()).toBe(before);
  });
});

describe('one merge per import, and a deletion in the same import', { timeout: 60_000 }, () => {
  const office = new Office({ sharedClock: true });
  afterAll(() => office.close());

  it('writes the merge before it weighs the deletion: the edits it had not seen keep the recommendation, with a conflict', async () => {
    const { m, laptops } = await meetingSentTo(office, [['Kofi', 'kofi'], ['Moussa', 'moussa'], ['rapporteur', 'rapporteur']]);
    const [kofi, moussa, rap] = laptops as [Laptop, Laptop, Laptop];
    const rapHead = (await rap.editParagraph(m.r2.id, 0, (t) => `${t} Chaque trimestre.`)).headVersionId;
    const kofiHead = (await kofi.editParagraph(m.r2.id, 0, (t) => t.replace('Les États membres', 'Les États membres et la Commission'))).headVersionId;
    await call(moussa.store.dispatch, 'recommendation:delete', { recommendationId: m.r2.id });
    const summary = rap.receive([kofi.send('contribution', m.meetingId, 'kofi.palabre'), moussa.send('contribution', m.meetingId, 'moussa.palabre')]);
    expect(summary.deleted).toEqual([]);
    const conflicts = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflicts.map((c) => [c.kind, c.recommendationId])).toEqual([['deletion', m.r2.id]]);
    const head = (await call(rap.store.dispatch, 'recommendation:history', { recommendationId: m.r2.id })).find((v) => v.isHead)!;
    expect(head).toMatchObject({ origin: 'merge', parentIds: [rapHead, kofiHead] });
    expect(await rap.texts(m.r2.id)).toEqual(['Les États membres et la Commission partagent l’information sur les menaces transfrontalières. Chaque trimestre.']);
  });
});

describe('an import of more contributions than a merge takes parents', { timeout: 120_000 }, () => {
  const office = new Office({ sharedClock: true });
  afterAll(() => office.close());

  it('writes the open merge when it is full and opens another on top of it; heads one contribution builds on are not kept as parents', async () => {
    const { m, laptops } = await meetingSentTo(office, [['Awa', 'awa'], ['rapporteur', 'rapporteur']]);
    const [awa, rap] = laptops as [Laptop, Laptop];
    const rapHead = (await rap.editParagraph(m.r2.id, 0, (t) => `${t} Chaque trimestre.`)).headVersionId;
    // Awa sends a contribution after each of her edits: each file builds on the one before.
    const files: string[] = [];
    const heads: string[] = [];
    for (let i = 1; i <= PACKAGE_LIMITS.parentsPerVersion; i++) {
      heads.push((await awa.editParagraph(m.r2.id, 0, (t) => t.replace(/^Les États membres( \(\d+\))?/, `Les États membres (${i})`))).headVersionId);
      files.push(awa.send('contribution', m.meetingId, `awa-${i}.palabre`));
    }
    expect(rap.receive(files).merged).toEqual([m.r2.id]);
    const versions = await call(rap.store.dispatch, 'recommendation:history', { recommendationId: m.r2.id });
    const merges = versions.filter((v) => v.origin === 'merge');
    expect(merges).toHaveLength(2);
    const [second, first] = merges as [(typeof merges)[0], (typeof merges)[0]];
    expect(first.parentIds).toEqual([rapHead, heads.at(-2)]);
    expect(second).toMatchObject({ isHead: true, parentIds: [first.id, heads.at(-1)] });
    expect(second.coauthors.map((c) => c.name)).toEqual(['Awa Sow']);
    expect(await rap.texts(m.r2.id)).toEqual([`Les États membres (${PACKAGE_LIMITS.parentsPerVersion}) partagent l’information sur les menaces transfrontalières. Chaque trimestre.`]);
    expect(await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId })).toEqual([]);
  });
});
