/** Conflicts resolved each way, for a paragraph, the title and a field; consolidating near-duplicates. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { errorOf } from '../../../../helpers/tempDb';
import { meetingSentTo, Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

let office: Office;
afterEach(() => office.close());

/** R2's only sentence edited differently by Awa (the rapporteur's side, imported first) and Moussa. */
async function conflicted(): Promise<{ rap: Laptop; m: Meeting; conflictId: string }> {
  office = new Office();
  const sec = await office.laptop('secrétariat');
  const m = await setUpMeeting(sec);
  const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
  const [awa, moussa, rap] = [await office.laptop('Awa'), await office.laptop('Moussa'), await office.laptop('rapporteur')];
  for (const [l, p] of [[awa, m.awa], [moussa, m.moussa], [rap, m.rapporteur]] as const) {
    l.receive([meetingFile]);
    await l.actAs(p.id);
  }
  await awa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'menaces terroristes'));
  await moussa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'trafics transfrontaliers'));
  rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
  const summary = rap.receive([moussa.send('contribution', m.meetingId, 'moussa.palabre')]);
  return { rap, m, conflictId: summary.conflicts[0]!.conflictIds[0]! };
}

describe('resolving a paragraph conflict', { timeout: 30_000 }, () => {
  it('keep mine: the text stays, the conflict closes, no new version', async () => {
    const { rap, m, conflictId } = await conflicted();
    const head = (await rap.get(m.r2.id)).headVersionId;
    const result = await call(rap.store.dispatch, 'conflict:resolve', { conflictId, resolution: 'ours' });
    expect(result.headVersionId).toBe(head);
    expect(await rap.texts(m.r2.id)).toEqual(['Les États membres partagent l’information sur les menaces terroristes.']);
    expect(await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId })).toEqual([]);
    const all = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId, includeResolved: true });
    expect(all.map((c) => [c.status, c.resolution])).toEqual([['resolved', 'ours']]);
  });

  it('keep both: their paragraph follows ours, with an id of its own', async () => {
    const { rap, m, conflictId } = await conflicted();
    await call(rap.store.dispatch, 'conflict:resolve', { conflictId, resolution: 'both' });
    const rec = await rap.get(m.r2.id);
    expect((await rap.texts(m.r2.id))).toEqual([
      'Les États membres partagent l’information sur les menaces terroristes.',
      'Les États membres partagent l’information sur les trafics transfrontaliers.',
    ]);
    const uids = rec.body.root.children.map((n) => n.$?.uid);
    expect(new Set(uids).size).toBe(2);
  });

  it('edit: the given text replaces both, with French typography; nothing is final until resolved', async () => {
    const { rap, m, conflictId } = await conflicted();
    const refused = errorOf(await rap.store.dispatch('conflict:resolve', { conflictId, resolution: 'both', text: 'x' }));
    expect(refused.code).toBe('invalid_input');
    await call(rap.store.dispatch, 'conflict:resolve', { conflictId, resolution: 'edit', text: 'Les États membres partagent l’information sur les menaces : terrorisme et trafics.' });
    expect(await rap.texts(m.r2.id)).toEqual(['Les États membres partagent l’information sur les menaces\u00A0: terrorisme et trafics.']);
    const again = errorOf(await rap.store.dispatch('conflict:resolve', { conflictId, resolution: 'theirs' }));
    expect(again.code).toBe('conflict_resolved');
    expect(again.message.fr).toMatch(/déjà résolu/);
    const audit = await call(rap.store.dispatch, 'audit:list', { meetingId: m.meetingId, recommendationId: m.r2.id });
    expect(audit[0]).toMatchObject({ action: 'conflict.resolve', actorName: 'Issouf Ouédraogo' });
  });
});

describe('title and field conflicts', { timeout: 30_000 }, () => {
  it('are stored apart from the text and resolved with their own values', async () => {
    office = new Office();
    const { m, laptops } = await meetingSentTo(office, [['Kofi', 'kofi'], ['rapporteur', 'rapporteur']]);
    const [kofi, rap] = laptops as [Laptop, Laptop];
    const r3 = await rap.get(m.r3.id);
    await call(rap.store.dispatch, 'recommendation:save', { recommendationId: r3.id, baseVersionId: r3.headVersionId, title: 'Former les diplomates à la négociation', body: r3.body });
    await call(rap.store.dispatch, 'recommendation:setFields', { recommendationId: r3.id, horizon: 'court terme', priority: 'medium' });
    const k3 = await kofi.get(m.r3.id);
    await call(kofi.store.dispatch, 'recommendation:save', { recommendationId: k3.id, baseVersionId: k3.headVersionId, title: 'Former les diplomates au dialogue', body: k3.body });
    await call(kofi.store.dispatch, 'recommendation:setFields', { recommendationId: k3.id, horizon: '2028', priority: 'medium' });
    const summary = rap.receive([kofi.send('contribution', m.meetingId, 'kofi.palabre')]);
    expect(summary.merged).toEqual([m.r3.id]);
    const conflicts = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflicts.map((c) => [c.kind, c.target, c.ours.text, c.theirs.text])).toEqual([
      ['title', null, 'Former les diplomates à la négociation', 'Former les diplomates au dialogue'],
      ['field', 'horizon', 'court terme', '2028'],
    ]);
    const title = conflicts[0]!;
    expect(errorOf(await rap.store.dispatch('conflict:resolve', { conflictId: title.id, resolution: 'both' })).code).toBe('resolution_not_possible');
    await call(rap.store.dispatch, 'conflict:resolve', { conflictId: title.id, resolution: 'theirs' });
    await call(rap.store.dispatch, 'conflict:resolve', { conflictId: conflicts[1]!.id, resolution: 'edit', text: '2027' });
    expect(await rap.get(m.r3.id)).toMatchObject({ title: 'Former les diplomates au dialogue', horizon: '2027', priority: 'medium' });
  });
});

describe('consolidating near-duplicates', { timeout: 30_000 }, () => {
  it('keeps one, marks the other merged into it with both provenances, and its text stays readable', async () => {
    office = new Office();
    const { m, sec, laptops } = await meetingSentTo(office, [['Awa', 'awa'], ['Moussa', 'moussa'], ['rapporteur', 'rapporteur']]);
    const [awa, moussa, rap] = laptops as [Laptop, Laptop, Laptop];
    const a = await awa.create(m.meetingId, m.alerteId, 'Créer un système régional d’alerte précoce', ['Les États membres créent un système régional d’alerte précoce relié aux dispositifs nationaux.']);
    const b = await moussa.create(m.meetingId, m.alerteId, 'Système régional d’alerte précoce', ['Un système régional d’alerte précoce est créé par les États membres, relié aux dispositifs nationaux.']);
    const summary = rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre'), moussa.send('contribution', m.meetingId, 'moussa.palabre')]);
    expect(summary.duplicates.map((d) => d.authorNames.sort())).toEqual([['Awa Sow', 'Moussa Traoré']]);
    expect(errorOf(await rap.store.dispatch('duplicate:consolidate', { keepId: a.id, mergeId: a.id })).code).toBe('consolidate_same');

    const kept = await call(rap.store.dispatch, 'duplicate:consolidate', { keepId: a.id, mergeId: b.id });
    expect(kept.id).toBe(a.id);
    const merged = await rap.get(b.id);
    expect(merged.status).toBe('merged_into');
    expect(merged.number).toBe('');
    expect(rap.store.db.prepare(`SELECT merged_into_id FROM recommendations WHERE id = ?`).pluck().get(b.id)).toBe(a.id);
    expect(await rap.texts(b.id)).toEqual(['Un système régional d’alerte précoce est créé par les États membres, relié aux dispositifs nationaux.']);
    const history = await call(rap.store.dispatch, 'recommendation:history', { recommendationId: a.id });
    expect(history[0]!.coauthors.map((c) => c.name)).toEqual(['Moussa Traoré']);
    expect(history[0]!.authorName).toBe('Issouf Ouédraogo');
    expect(await call(rap.store.dispatch, 'duplicate:list', { meetingId: m.meetingId })).toEqual([]);

    // The consolidation travels: the secretariat gets the status and the pointer.
    const onSec = sec.receive([rap.send('consolidated', m.meetingId, 'consolide.palabre')]);
    expect(onSec.created.sort()).toEqual([a.id, b.id].sort());
    expect((await sec.get(b.id)).status).toBe('merged_into');
    expect(sec.store.db.prepare(`SELECT merged_into_id FROM recommendations WHERE id = ?`).pluck().get(b.id)).toBe(a.id);
  });

  it('tells an import of the pairs it brings (one new and one here, or two new from two files), not of a pair that came in one file', async () => {
    office = new Office();
    const { m, sec, laptops } = await meetingSentTo(office, [['Awa', 'awa'], ['Moussa', 'moussa'], ['Kofi', 'kofi']]);
    const [awa, moussa, kofi] = laptops as [Laptop, Laptop, Laptop];
    const a = await awa.create(m.meetingId, m.alerteId, 'Créer un système régional d’alerte précoce', ['Les États membres créent un système régional d’alerte précoce relié aux dispositifs nationaux.']);
    const b = await moussa.create(m.meetingId, m.alerteId, 'Système régional d’alerte précoce', ['Un système régional d’alerte précoce est créé par les États membres, relié aux dispositifs nationaux.']);
    const pair = [a.id, b.id].sort();
    // Kofi has Awa's already: Moussa's, new, is told of beside it.
    kofi.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    const onKofi = kofi.receive([moussa.send('contribution', m.meetingId, 'moussa.palabre')]);
    expect(onKofi.duplicates.map((d) => [...d.recommendationIds].sort())).toEqual([pair]);
    // The secretariat takes both in and sends the meeting package again: a new laptop gets the pair
    // in one file, as the secretariat had it, and is not told of it; its duplicates screen lists it.
    sec.receive([join(office.folder, 'awa.palabre'), join(office.folder, 'moussa.palabre')]);
    const again = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    const fresh = await office.laptop('nouvel ordinateur');
    const onFresh = fresh.receive([again]);
    expect(onFresh.meetingCreated).toBe(true);
    expect(onFresh.created).toEqual(expect.arrayContaining(pair));
    expect(onFresh.duplicates).toEqual([]);
    expect((await call(fresh.store.dispatch, 'duplicate:list', { meetingId: m.meetingId })).map((d) => [...d.recommendationIds].sort())).toEqual([pair]);
  });
});
