/**
 * Thin contributions (format 3): an expert who took the meeting package in sends only what changed
 * since, naming the package it builds on; a machine without that package refuses it, changing
 * nothing, and says which package to import first; a whole contribution stays possible.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { exportPackage } from '../../../../../electron/main/services/exchange/exportPackage';
import { packageText, sealPackage } from '../../../../../electron/main/services/exchange/packageFile';
import { refusalOf } from '../../../../helpers/tempDb';
import { SAME_BLOCKS_FORMAT_VERSION, type PalabrePackage } from '../../../../../shared/package/format';
import { meetingSentTo, Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PalabrePackage;

describe('thin contributions', { timeout: 60_000 }, () => {
  const office = new Office();
  let sec: Laptop;
  let awa: Laptop;
  let rap: Laptop;
  let m: Meeting;
  let meetingFile: string;
  let thin: string;
  let whole: string;
  afterAll(() => office.close());

  beforeAll(async () => {
    sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    // A longer history than the expert will touch: the secretariat's own edits travel in the meeting package.
    await sec.editParagraph(m.r2.id, 0, (t) => `${t} Deuxième rédaction.`);
    await sec.editParagraph(m.r3.id, 0, (t) => `${t} Deuxième rédaction.`);
    meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    awa = await office.laptop('Awa');
    rap = await office.laptop('rapporteur');
    awa.receive([meetingFile]);
    rap.receive([meetingFile]);
    await awa.actAs(m.awa.id);
    await rap.actAs(m.rapporteur.id);
    await awa.editParagraph(m.r1.id, 0, (t) => t.replace('des crises', 'des crises sécuritaires'));
    thin = awa.send('contribution', m.meetingId, 'contribution-awa.palabre');
    whole = join(office.folder, 'contribution-awa-complete.palabre');
    exportPackage(awa.store.ctx, { meetingId: m.meetingId, kind: 'contribution', path: whole, whole: true });
  });

  it('carries only the version made since the meeting package, and names that package and the heads it builds on', () => {
    const pkg = read(thin);
    const meeting = read(meetingFile);
    // Awa's version writes the two paragraphs she left as they were as the parent's (sameBlocks.ts).
    expect(pkg.formatVersion).toBe(SAME_BLOCKS_FORMAT_VERSION);
    expect(pkg.basis?.package).toEqual({ digest: meeting.digest.value, kind: 'meeting', createdAt: meeting.createdAt, createdBy: meeting.createdBy });
    // Only what changed since the basis is listed: R1, with one version (Awa's edit); R2 and R3, as the meeting package has them, are left out.
    const r1Head = meeting.recommendations.find((r) => r.id === m.r1.id)!.headVersionId;
    expect(pkg.basis?.heads).toEqual([{ recommendationId: m.r1.id, versionId: r1Head }]);
    expect(pkg.recommendations.map((r) => [r.id, r.versions.length])).toEqual([[m.r1.id, 1]]);
    const r1 = pkg.recommendations.find((r) => r.id === m.r1.id)!;
    expect(r1.versions[0]).toMatchObject({ id: r1.headVersionId, parentIds: [m.r1.headVersionId], authorName: 'Awa Sow' });
    const written = r1.versions[0]!.body.root.children as unknown[];
    expect(written).toHaveLength(3);
    expect(JSON.stringify(written[0])).toContain('des crises sécuritaires');
    expect(written.slice(1).map((b) => Object.keys(b as object))).toEqual([['same'], ['same']]);
  });

  it('still writes the whole meeting when asked, in the format every Palabre reads', () => {
    const pkg = read(whole);
    expect(pkg.formatVersion).toBe(2);
    expect(pkg.basis).toBeUndefined();
    expect(pkg.recommendations.reduce((n, r) => n + r.versions.length, 0)).toBe(read(meetingFile).recommendations.reduce((n, r) => n + r.versions.length, 0) + 1);
    expect(statSync(thin).size).toBeLessThan(statSync(whole).size);
  });

  it('brings the rapporteur the same text as the whole contribution would; a second import changes nothing', async () => {
    const summary = rap.receive([thin]);
    expect(summary.fastForwarded).toEqual([m.r1.id]);
    // R2 and R3 are not in it: nothing to say of them.
    expect(summary.unchanged).toEqual([]);
    expect(await rap.texts(m.r1.id)).toEqual(await awa.texts(m.r1.id));
    expect((await rap.get(m.r1.id)).headVersionId).toBe((await awa.get(m.r1.id)).headVersionId);
    const after = rap.dump();
    expect(rap.receive([thin]).noChange).toBe(true);
    expect(rap.receive([whole]).noChange).toBe(true);
    expect(rap.dump()).toBe(after);
  });

  it('is refused, changing nothing, by a machine that lacks the meeting package, with a message naming it', async () => {
    const stranger = await office.laptop('poste neuf');
    const before = stranger.dump();
    const value = refusalOf(() => stranger.receive([thin]));
    const digest = read(meetingFile).digest.value.slice(0, 12);
    expect(value.code).toBe('package_needs_basis');
    expect(value.message.fr).toContain(`contribution-awa.palabre s’appuie sur le paquet de réunion du`);
    expect(value.message.fr).toContain('de Fatou Diallo');
    expect(value.message.fr).toContain(digest);
    expect(value.message.fr).toContain('Importez d’abord ce paquet');
    expect(value.message.en).toContain('contribution-awa.palabre builds on the meeting package of');
    expect(value.message.en).toContain(digest);
    expect(stranger.dump()).toBe(before);
  });

  it('is taken in by that machine once the meeting package comes first in the same import, or whole on its own', async () => {
    const first = await office.laptop('poste A');
    const summary = first.receive([meetingFile, thin]);
    expect(summary.meetingCreated).toBe(true);
    expect(await first.texts(m.r1.id)).toEqual(await awa.texts(m.r1.id));
    const second = await office.laptop('poste B');
    expect(second.receive([whole]).meetingCreated).toBe(true);
    expect(await second.texts(m.r1.id)).toEqual(await awa.texts(m.r1.id));
    expect(await second.texts(m.r3.id)).toEqual(await sec.texts(m.r3.id));
  });

  it('builds on the consolidated package once the expert has taken it in', async () => {
    await rap.editParagraph(m.r2.id, 0, (t) => `${t} Version du rapporteur.`);
    const consolidated = rap.send('consolidated', m.meetingId, 'consolide.palabre');
    awa.receive([consolidated]);
    await awa.editParagraph(m.r3.id, 0, (t) => `${t} Ajout d’Awa.`);
    const next = awa.send('contribution', m.meetingId, 'contribution-awa-2.palabre');
    const pkg = read(next);
    expect(pkg.basis?.package).toMatchObject({ kind: 'consolidated', digest: read(consolidated).digest.value });
    // R2 (the rapporteur's version, which Awa took in) is left out: only R3 changed since.
    expect(pkg.recommendations.map((r) => r.id)).toEqual([m.r3.id]);
    expect(rap.receive([next]).fastForwarded).toEqual([m.r3.id]);
    expect(await rap.texts(m.r3.id)).toEqual(await awa.texts(m.r3.id));
    // The secretariat never took the consolidated package in, yet has every version this one names: taken in there too.
    expect(sec.receive([next]).fastForwarded).toEqual([m.r3.id]);
    // An edit of R2 builds on the rapporteur's version, which the secretariat lacks: refused there, changing nothing.
    await awa.editParagraph(m.r2.id, 0, (t) => `${t} Ajout d’Awa.`);
    const third = awa.send('contribution', m.meetingId, 'contribution-awa-3.palabre');
    const before = sec.dump();
    expect(refusalOf(() => sec.receive([third])).code).toBe('package_needs_basis');
    expect(sec.dump()).toBe(before);
    expect(rap.receive([third]).fastForwarded).toEqual([m.r2.id]);
  });
});

describe('a contribution whose versions name blocks of their parent', { timeout: 60_000 }, () => {
  const office = new Office();
  let m: Meeting;
  let awa: Laptop;
  let rap: Laptop;
  let file: string;
  afterAll(() => office.close());

  beforeAll(async () => {
    const sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    awa = await office.laptop('Awa');
    rap = await office.laptop('rapporteur');
    awa.receive([meetingFile]);
    rap.receive([meetingFile]);
    await awa.actAs(m.awa.id);
    await awa.editParagraph(m.r1.id, 2, (t) => `${t} Elle en rend compte au sommet.`);
    file = awa.send('contribution', m.meetingId, 'contribution-awa.palabre');
  });

  /** The contribution with R1's version body changed by `edit`, sealed again (a forged but well-sealed file). */
  const forged = (name: string, edit: (children: unknown[], pkg: PalabrePackage) => void) => {
    const { digest: _digest, ...content } = read(file);
    const r1 = content.recommendations.find((r) => r.id === m.r1.id)!;
    edit(r1.versions[0]!.body.root.children as unknown[], content as PalabrePackage);
    const path = join(office.folder, name);
    writeFileSync(path, packageText(sealPackage(content)));
    return path;
  };

  it('is smaller than the same contribution spelled out, and brings the rapporteur the whole text', async () => {
    const whole = join(office.folder, 'contribution-awa-complete.palabre');
    exportPackage(awa.store.ctx, { meetingId: m.meetingId, kind: 'contribution', path: whole, whole: true });
    const children = read(file).recommendations.find((r) => r.id === m.r1.id)!.versions[0]!.body.root.children;
    expect(children.map((b) => 'same' in b)).toEqual([true, true, false]);
    expect(statSync(file).size).toBeLessThan(statSync(whole).size);
    expect(rap.receive([file]).fastForwarded).toEqual([m.r1.id]);
    expect(await rap.texts(m.r1.id)).toEqual(await awa.texts(m.r1.id));
    expect((await rap.texts(m.r1.id))[2]).toContain('Elle en rend compte au sommet.');
  });

  it('lists a recommendation left as it was when a comment of the package is about it, and the comment arrives', async () => {
    await call(awa.store.dispatch, 'comment:add', { recommendationId: m.r2.id, text: 'Préciser les menaces\u202F?' });
    const commented = awa.send('contribution', m.meetingId, 'contribution-awa-commentaire.palabre');
    expect(read(commented).recommendations.map((r) => [r.id, r.versions.length])).toEqual([[m.r1.id, 1], [m.r2.id, 0]]);
    const other = await office.laptop('rapporteur 3');
    other.receive([join(office.folder, 'reunion.palabre')]);
    expect(other.receive([commented]).commentsAdded).toBe(1);
    expect((await call(other.store.dispatch, 'comment:list', { recommendationId: m.r2.id })).map((c) => c.text)).toEqual(['Préciser les menaces\u202F?']);
  });

  it('is refused, changing nothing, when a block it names is not in the parent, or the file says an older format, or the version has no parent', async () => {
    const cases: Array<[string, (children: unknown[], pkg: PalabrePackage) => void, RegExp, RegExp]> = [
      ['bloc-inconnu.palabre', (children) => (children[0] = { same: 'b-inconnu' }), /le bloc b-inconnu n’est pas dans la version précédente/, /block b-inconnu is not in the earlier version/],
      ['format-3.palabre', (_children, pkg) => (pkg.formatVersion = 3), /ne s’écrivent qu’en format\u00A05 \(ce fichier dit format\u00A03\)/, /written in format 5 only \(this file says format 3\)/],
      ['sans-parent.palabre', (_children, pkg) => (pkg.recommendations.find((r) => r.id === m.r1.id)!.versions[0]!.parentIds = []), /reprend des blocs mais n’a pas de version précédente/, /takes blocks from an earlier version but has none/],
    ];
    const other = await office.laptop('rapporteur 2');
    other.receive([join(office.folder, 'reunion.palabre')]);
    for (const [name, edit, fr, en] of cases) {
      const before = other.dump();
      const refusal = refusalOf(() => other.receive([forged(name, edit)]));
      expect(refusal.message.fr).toMatch(fr);
      expect(refusal.message.en).toMatch(en);
      expect(other.dump()).toBe(before);
    }
  });
});

describe('the discussion in a thin contribution', { timeout: 60_000 }, () => {
  const office = new Office();
  afterAll(() => office.close());

  it('carries only the comments that changed since its basis, and lists a recommendation for those alone', async () => {
    const { m, laptops } = await meetingSentTo(office, [['Awa', 'awa'], ['Kofi', 'kofi'], ['rapporteur', 'rapporteur']]);
    const [awa, kofi, rap] = laptops as [Laptop, Laptop, Laptop];
    const comment = (l: Laptop, recommendationId: string, text: string, parentId?: string) => call(l.store.dispatch, 'comment:add', { recommendationId, text, ...(parentId ? { parentId } : {}) });
    const settled = await comment(awa, m.r1.id, 'Qui finance le dispositif ?');
    const open = await comment(awa, m.r2.id, 'Préciser les menaces');
    rap.receive([awa.send('contribution', m.meetingId, 'awa-1.palabre')]);
    await call(rap.store.dispatch, 'comment:resolve', { commentId: settled.id });
    await comment(rap, m.r2.id, 'D’accord, à reprendre en plénière.', open.id);
    const consolidated = rap.send('consolidated', m.meetingId, 'consolide.palabre');
    awa.receive([consolidated]);
    kofi.receive([consolidated]);
    expect(read(consolidated).comments).toHaveLength(3);

    // Kofi edits R3 only: none of the three comments travels back, and R1, R2 are not listed for them.
    await kofi.editParagraph(m.r3.id, 0, (t) => `${t} Ajout de Kofi.`);
    const edit = read(kofi.send('contribution', m.meetingId, 'kofi-1.palabre'));
    expect(edit.comments).toEqual([]);
    expect(edit.recommendations.map((r) => r.id)).toEqual([m.r3.id]);

    // A reply of his travels alone, its thread left out (the receiver has it from the basis).
    await comment(kofi, m.r1.id, 'La Banque africaine de développement.', settled.id);
    const reply = read(kofi.send('contribution', m.meetingId, 'kofi-2.palabre'));
    expect(reply.comments.map((c) => c.body)).toEqual(['La Banque africaine de développement.']);
    expect(reply.recommendations.map((r) => [r.id, r.versions.length]).sort()).toEqual([[m.r1.id, 0], [m.r3.id, 1]].sort());
    expect(rap.receive([join(office.folder, 'kofi-2.palabre')]).commentsAdded).toBe(1);
    const thread = (await call(rap.store.dispatch, 'comment:list', { recommendationId: m.r1.id }))[0]!;
    expect(thread.replies.map((r) => r.text)).toEqual(['La Banque africaine de développement.']);

    // Awa edits her comment: it travels (changed since the basis), and the rapporteur has the new text.
    await call(awa.store.dispatch, 'comment:update', { commentId: open.id, text: 'Préciser les menaces transfrontalières' });
    const edited = read(awa.send('contribution', m.meetingId, 'awa-2.palabre'));
    expect(edited.comments.map((c) => c.id)).toEqual([open.id]);
    expect(rap.receive([join(office.folder, 'awa-2.palabre')]).commentsUpdated).toBe(1);
    expect((await call(rap.store.dispatch, 'comment:list', { recommendationId: m.r2.id }))[0]!.text).toBe('Préciser les menaces transfrontalières');

    // A basis recorded before its discussion was (a database from before schema 9): every comment travels, as before.
    kofi.store.ctx.db.prepare('DELETE FROM package_base_discussion').run();
    expect(read(kofi.send('contribution', m.meetingId, 'kofi-3.palabre')).comments).toHaveLength(4);
  });
});
