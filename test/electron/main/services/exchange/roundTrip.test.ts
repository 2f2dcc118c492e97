/**
 * Secretariat → three experts → rapporteur, each on a laptop of their own (a SQLite file), packages
 * carried as files: what the rapporteur ends up with, and what happens on the way back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

describe('secretariat → three experts → rapporteur', { timeout: 60_000 }, () => {
  const office = new Office();
  let sec: Laptop;
  let awa: Laptop;
  let kofi: Laptop;
  let moussa: Laptop;
  let rap: Laptop;
  let m: Meeting;
  let meetingFile: string;
  afterAll(() => office.close());

  beforeAll(async () => {
    sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    // The secretariat's order, not the order of creation, is what every laptop must show.
    await call(sec.store.dispatch, 'recommendation:move', { recommendationId: m.r2.id, committeeId: m.alerteId, position: 1 });
    meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    awa = await office.laptop('Awa');
    kofi = await office.laptop('Kofi');
    moussa = await office.laptop('Moussa');
    rap = await office.laptop('rapporteur');
    for (const [laptop, who] of [[awa, m.awa], [kofi, m.kofi], [moussa, m.moussa], [rap, m.rapporteur]] as const) {
      const summary = laptop.receive([meetingFile]);
      expect(summary.meetingCreated).toBe(true);
      expect(summary.created).toHaveLength(3);
      await laptop.actAs(who.id);
    }
  });

  it('sets the meeting up on every laptop with the same identities', async () => {
    const there = await call(awa.store.dispatch, 'meeting:get', { meetingId: m.meetingId });
    const here = await call(sec.store.dispatch, 'meeting:get', { meetingId: m.meetingId });
    expect(there.committees.map((c) => [c.id, c.name, c.position])).toEqual(here.committees.map((c) => [c.id, c.name, c.position]));
    expect(there.participants).toEqual(here.participants);
    expect(there.recommendations.map((r) => [r.id, r.number, r.title, r.authorName])).toEqual(here.recommendations.map((r) => [r.id, r.number, r.title, r.authorName]));
    expect(here.recommendations.map((r) => r.id)).toEqual([m.r2.id, m.r1.id, m.r3.id]);
    expect(await awa.get(m.r1.id)).toMatchObject({ headVersionId: m.r1.headVersionId, body: m.r1.body });
  });

  it('merges the experts’ contributions: clean merges, a conflict, fields, a recommendation proposed twice', async () => {
    // Different paragraphs of R1: Awa the first, Kofi the third.
    await awa.editParagraph(m.r1.id, 0, (t) => t.replace('des crises', 'des crises sécuritaires'));
    await kofi.editParagraph(m.r1.id, 2, (t) => t.replace('chaque année', 'tous les six mois'));
    // The same sentence of R2, differently.
    await awa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'menaces terroristes'));
    await moussa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'trafics transfrontaliers'));
    // Fields of R3: a priority on one side, a deadline and an addressee on the other.
    await call(kofi.store.dispatch, 'recommendation:setFields', { recommendationId: m.r3.id, priority: 'high' });
    await call(moussa.store.dispatch, 'recommendation:setFields', { recommendationId: m.r3.id, deadline: '2027-06-30', addressees: ['Conférence des Chefs d’État'] });
    // The same idea proposed by two experts.
    const awaNew = await awa.create(m.meetingId, m.alerteId, 'Créer un système régional d’alerte précoce', [
      'Les États membres créent un système régional d’alerte précoce sur les crises sécuritaires, relié aux dispositifs nationaux.',
    ]);
    const moussaNew = await moussa.create(m.meetingId, m.alerteId, 'Système régional d’alerte précoce', [
      'Les États membres créent un système régional d’alerte précoce relié aux dispositifs nationaux sur les crises sécuritaires.',
    ]);

    const files = [awa.send('contribution', m.meetingId, 'awa.palabre'), kofi.send('contribution', m.meetingId, 'kofi.palabre'), moussa.send('contribution', m.meetingId, 'moussa.palabre')];
    const summary = rap.receive(files, m.meetingId);

    expect(summary.files.map((f) => [f.name, f.kind, f.createdByName])).toEqual([
      ['awa.palabre', 'contribution', 'Awa Sow'],
      ['kofi.palabre', 'contribution', 'Kofi Mensah'],
      ['moussa.palabre', 'contribution', 'Moussa Traoré'],
    ]);
    expect(summary.created.sort()).toEqual([awaNew.id, moussaNew.id].sort());
    // R1: Awa's change arrives as a fast-forward, then Kofi's merges with it; R2 and R3 alike.
    expect(summary.merged.sort()).toEqual([m.r1.id, m.r2.id, m.r3.id].sort());
    expect(summary.conflicts.map((c) => c.recommendationId)).toEqual([m.r2.id]);
    expect(summary.noChange).toBe(false);

    expect(await rap.texts(m.r1.id)).toEqual([
      'Considérant la multiplication des crises sécuritaires dans la région.',
      'Les États membres renforcent les mécanismes nationaux d’alerte précoce.',
      'La Commission suit tous les six mois la mise en œuvre de cette recommandation.',
    ]);
    const r3 = await rap.get(m.r3.id);
    expect(r3).toMatchObject({ priority: 'high', deadline: '2027-06-30', addressees: ['Conférence des Chefs d’État'] });

    // The conflict keeps the first text merged (Awa's) until resolved, and names both sides.
    expect(await rap.texts(m.r2.id)).toEqual(['Les États membres partagent l’information sur les menaces terroristes.']);
    const conflicts = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      recommendationId: m.r2.id,
      kind: 'body',
      base: { text: 'Les États membres partagent l’information sur les menaces transfrontalières.' },
      ours: { text: 'Les États membres partagent l’information sur les menaces terroristes.', authorName: 'Awa Sow' },
      theirs: { text: 'Les États membres partagent l’information sur les trafics transfrontaliers.', authorName: 'Moussa Traoré' },
    });
    expect(conflicts[0]!.hunks).toEqual([{ base: 'menaces transfrontalières', ours: 'menaces terroristes', theirs: 'trafics transfrontaliers' }]);

    // The merge is a version with two parents.
    const history = await call(rap.store.dispatch, 'recommendation:history', { recommendationId: m.r1.id });
    const head = history.find((v) => v.isHead)!;
    expect(head.origin).toBe('merge');
    expect(head.parentIds).toHaveLength(2);

    // The same early-warning system, proposed twice: both kept, flagged.
    expect(summary.duplicates).toHaveLength(1);
    expect(summary.duplicates[0]!.recommendationIds.sort()).toEqual([awaNew.id, moussaNew.id].sort());
    expect(summary.duplicates[0]!.similarity).toBeGreaterThan(0.8);
    const onDemand = await call(rap.store.dispatch, 'duplicate:list', { meetingId: m.meetingId });
    expect(onDemand.map((d) => d.recommendationIds.sort())).toEqual([[awaNew.id, moussaNew.id].sort()]);

    // Unresolved conflicts block nothing else: the rapporteur edits R2 and R1 meanwhile.
    await rap.editParagraph(m.r1.id, 1, (t) => t.replace('renforcent', 'renforcent sans délai'));
    expect((await rap.texts(m.r1.id))[1]).toBe('Les États membres renforcent sans délai les mécanismes nationaux d’alerte précoce.');

    // Audit: the import and each merge are in the log.
    const audit = await call(rap.store.dispatch, 'audit:list', { meetingId: m.meetingId });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['package.import', 'recommendation.merge', 'recommendation.import']));
  });

  it('changes nothing at all when the same contributions are imported again', () => {
    const before = rap.dump();
    const again = rap.receive([office.folder + '/awa.palabre', office.folder + '/kofi.palabre', office.folder + '/moussa.palabre'], m.meetingId);
    expect(again.noChange).toBe(true);
    expect(again.created).toEqual([]);
    expect(again.merged).toEqual([]);
    expect(again.fastForwarded).toEqual([]);
    expect(again.unchanged.length).toBeGreaterThan(0);
    expect(rap.dump()).toBe(before);
  });

  it('resolves the conflict, then the experts go on from the consolidated package (fast-forward, then clean merges)', async () => {
    const [conflict] = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    const resolved = await call(rap.store.dispatch, 'conflict:resolve', { conflictId: conflict!.id, resolution: 'theirs' });
    expect(resolved.conflict).toMatchObject({ status: 'resolved', resolution: 'theirs', resolvedByName: 'Issouf Ouédraogo' });
    expect(await rap.texts(m.r2.id)).toEqual(['Les États membres partagent l’information sur les trafics transfrontaliers.']);
    expect(await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId })).toEqual([]);

    const consolidated = rap.send('consolidated', m.meetingId, 'consolide.palabre');
    const onAwa = awa.receive([consolidated]);
    // Everything Awa had is an ancestor of the rapporteur's heads: each is a fast-forward (or new to her).
    expect(onAwa.merged).toEqual([]);
    expect(onAwa.fastForwarded.sort()).toEqual([m.r1.id, m.r2.id, m.r3.id].sort());
    expect(onAwa.created).toHaveLength(1);
    expect(await awa.texts(m.r2.id)).toEqual(await rap.texts(m.r2.id));

    // Awa goes on editing; the rapporteur meanwhile does not touch R3: a fast-forward back.
    await awa.editParagraph(m.r3.id, 0, (t) => t.replace('est créé', 'est créé d’ici 2027'));
    // Both edit R1 in different paragraphs: a clean merge.
    await awa.editParagraph(m.r1.id, 2, (t) => `${t} Un rapport est remis au Conseil.`);
    await rap.editParagraph(m.r1.id, 0, (t) => t.replace('Considérant', 'Considérant avec préoccupation'));
    const back = rap.receive([awa.send('contribution', m.meetingId, 'awa-2.palabre')], m.meetingId);
    expect(back.fastForwarded).toEqual([m.r3.id]);
    expect(back.merged).toEqual([m.r1.id]);
    expect(back.conflicts).toEqual([]);
    expect(await rap.texts(m.r1.id)).toEqual([
      'Considérant avec préoccupation la multiplication des crises sécuritaires dans la région.',
      'Les États membres renforcent sans délai les mécanismes nationaux d’alerte précoce.',
      'La Commission suit tous les six mois la mise en œuvre de cette recommandation. Un rapport est remis au Conseil.',
    ]);
  });

  it('merges a contribution once when it arrives directly and again inside another expert’s contribution', async () => {
    // Kofi takes the consolidated package, adds a sentence; Moussa receives Kofi's file and adds his own.
    kofi.receive([office.folder + '/consolide.palabre']);
    moussa.receive([office.folder + '/consolide.palabre']);
    await kofi.editParagraph(m.r2.id, 0, (t) => `${t} Une plateforme commune est mise en place.`);
    const kofiFile = kofi.send('contribution', m.meetingId, 'kofi-2.palabre');
    await moussa.editParagraph(m.r1.id, 1, (t) => `${t} Ils y consacrent des moyens propres.`);
    moussa.receive([kofiFile]);
    const moussaFile = moussa.send('contribution', m.meetingId, 'moussa-2.palabre');

    rap.receive([kofiFile], m.meetingId);
    const second = rap.receive([moussaFile], m.meetingId);
    expect(second.conflicts).toEqual([]);
    const r2 = (await rap.texts(m.r2.id)).join(' ');
    expect(r2.split('Une plateforme commune').length - 1).toBe(1);
    expect((await rap.texts(m.r1.id))[1]).toBe('Les États membres renforcent sans délai les mécanismes nationaux d’alerte précoce. Ils y consacrent des moyens propres.');
  });
});
