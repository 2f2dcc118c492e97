/**
 * Deletions travel: a recommendation moved to the trash on one laptop goes to the trash on the
 * others, a restore brings it back, and a deletion never silently drops an edit made meanwhile
 * (a delete-versus-edit conflict the rapporteur resolves by keeping or deleting).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { conflictText } from '../../../../../electron/cli/commands/exchange';
import { call } from '../../../../../electron/main/handlers';
import { errorOf } from '../../../../helpers/tempDb';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

let office: Office;
afterEach(() => office.close());

async function office4(): Promise<{ m: Meeting; sec: Laptop; awa: Laptop; kofi: Laptop; rap: Laptop }> {
  office = new Office({ sharedClock: true });
  const sec = await office.laptop('secrétariat');
  const m = await setUpMeeting(sec);
  const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
  const [awa, kofi, rap] = [await office.laptop('Awa'), await office.laptop('Kofi'), await office.laptop('rapporteur')];
  for (const [l, p] of [[awa, m.awa], [kofi, m.kofi], [rap, m.rapporteur]] as const) {
    l.receive([meetingFile]);
    await l.actAs(p.id);
  }
  return { m, sec, awa, kofi, rap };
}

const listed = async (l: Laptop, meetingId: string) => (await call(l.store.dispatch, 'recommendation:list', { meetingId })).map((r) => [r.title, r.number]);
const trashed = async (l: Laptop, meetingId: string) => (await call(l.store.dispatch, 'trash:list', { meetingId })).map((t) => [t.id, t.deletedByName]);

describe('deletions between laptops', { timeout: 60_000 }, () => {
  it('moves to the trash what was deleted elsewhere, brings back what was restored, and a second import changes nothing', async () => {
    const { m, awa, rap } = await office4();
    await call(awa.store.dispatch, 'recommendation:delete', { recommendationId: m.r2.id });
    const deletion = awa.send('contribution', m.meetingId, 'awa-suppression.palabre');
    const summary = rap.receive([deletion]);
    expect(summary).toMatchObject({ deleted: [m.r2.id], restored: [], conflicts: [], noChange: false });
    expect(await trashed(rap, m.meetingId)).toEqual([[m.r2.id, 'Awa Sow']]);
    expect(await listed(rap, m.meetingId)).toEqual([
      ['Renforcer les systèmes d’alerte précoce', '1'],
      ['Former les diplomates à la médiation', '2'],
    ]);
    const dump = rap.dump();
    expect(rap.receive([deletion]).noChange).toBe(true);
    expect(rap.dump()).toBe(dump);

    // The rapporteur's package carries the deletion on: the secretariat's laptop follows.
    const sec = office.laptops[0]!;
    expect(sec.receive([rap.send('consolidated', m.meetingId, 'consolide.palabre')]).deleted).toEqual([m.r2.id]);
    expect(await trashed(sec, m.meetingId)).toEqual([[m.r2.id, 'Awa Sow']]);

    // Awa changes her mind: the restore travels too, back to its place.
    await call(awa.store.dispatch, 'recommendation:restore', { recommendationId: m.r2.id });
    const restore = awa.send('contribution', m.meetingId, 'awa-retour.palabre');
    expect(rap.receive([restore])).toMatchObject({ deleted: [], restored: [m.r2.id], conflicts: [] });
    expect(await trashed(rap, m.meetingId)).toEqual([]);
    expect((await listed(rap, m.meetingId)).map(([title]) => title)).toEqual([
      'Renforcer les systèmes d’alerte précoce',
      'Partager l’information',
      'Former les diplomates à la médiation',
    ]);
    expect(rap.receive([restore, deletion]).noChange).toBe(true);
  });

  it('keeps a recommendation deleted by one expert and edited by another, as a conflict the rapporteur resolves', async () => {
    const { m, awa, kofi, rap } = await office4();
    await call(awa.store.dispatch, 'recommendation:delete', { recommendationId: m.r3.id });
    await kofi.editParagraph(m.r3.id, 0, (t) => t.replace('est créé', 'est créé dès 2027'));
    const files = [kofi.send('contribution', m.meetingId, 'kofi.palabre'), awa.send('contribution', m.meetingId, 'awa.palabre')];
    const summary = rap.receive(files);
    expect(summary.deleted).toEqual([]);
    expect(summary.conflicts.map((c) => c.recommendationId)).toEqual([m.r3.id]);
    // Kept, with Kofi's edit: nothing he wrote was dropped.
    expect(await rap.texts(m.r3.id)).toEqual(['Un programme régional de formation à la médiation est créé dès 2027.']);
    const [conflict] = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflict).toMatchObject({ kind: 'deletion', target: 'theirs', recommendationTitle: 'Former les diplomates à la médiation' });
    expect([conflict!.ours.authorName, conflict!.theirs.authorName]).toEqual(['Kofi Mensah', 'Awa Sow']);
    // As the command line lists it, in each language.
    expect(conflictText(conflict!, 'fr').split('\n').slice(1)).toEqual([
      '  Ici (Kofi Mensah)\u00A0: Former les diplomates à la médiation',
      '  Reçu (Awa Sow)\u00A0: (mise à la corbeille)',
    ]);
    expect(conflictText(conflict!, 'fr').split('\n')[0]).toContain('— suppression contre modification');
    expect(conflictText(conflict!, 'en').split('\n').slice(1)).toEqual(['  Ours (Kofi Mensah): Former les diplomates à la médiation', '  Theirs (Awa Sow): (moved to the trash)']);
    const dump = rap.dump();
    expect(rap.receive(files).noChange).toBe(true);
    expect(rap.dump()).toBe(dump);

    // Only keep or delete resolve it; delete puts it in the trash, and that deletion travels.
    expect(errorOf(await rap.store.dispatch('conflict:resolve', { conflictId: conflict!.id, resolution: 'theirs' })).code).toBe('resolution_not_possible');
    await call(rap.store.dispatch, 'conflict:resolve', { conflictId: conflict!.id, resolution: 'delete' });
    expect(await trashed(rap, m.meetingId)).toEqual([[m.r3.id, 'Issouf Ouédraogo']]);
    expect(await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId })).toEqual([]);
    const consolidated = rap.send('consolidated', m.meetingId, 'consolide.palabre');
    expect(kofi.receive([consolidated])).toMatchObject({ deleted: [m.r3.id], conflicts: [] });
    expect(awa.receive([consolidated]).conflicts).toEqual([]);
    expect((await trashed(awa, m.meetingId)).map(([id]) => id)).toEqual([m.r3.id]);
  });

  it('takes a recommendation back out of the trash when the other side edited it since, and a kept one returns everywhere', async () => {
    const { m, awa, kofi, rap } = await office4();
    await call(rap.store.dispatch, 'recommendation:delete', { recommendationId: m.r1.id });
    await call(awa.store.dispatch, 'recommendation:delete', { recommendationId: m.r1.id });
    await kofi.editParagraph(m.r1.id, 2, (t) => t.replace('chaque année', 'tous les six mois'));
    const summary = rap.receive([kofi.send('contribution', m.meetingId, 'kofi.palabre')]);
    expect(summary.restored).toEqual([]);
    expect(summary.conflicts.map((c) => c.recommendationId)).toEqual([m.r1.id]);
    expect(await trashed(rap, m.meetingId)).toEqual([]);
    expect((await rap.texts(m.r1.id))[2]).toBe('La Commission suit tous les six mois la mise en œuvre de cette recommandation.');
    const [conflict] = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflict).toMatchObject({ kind: 'deletion', target: 'ours' });
    expect([conflict!.ours.authorName, conflict!.theirs.authorName]).toEqual(['Issouf Ouédraogo', 'Kofi Mensah']);
    await call(rap.store.dispatch, 'conflict:resolve', { conflictId: conflict!.id, resolution: 'keep' });
    expect((await rap.get(m.r1.id)).number).toBe('1');

    // Awa deleted it too, before the rapporteur kept it: his package brings it back to her, with Kofi's edit.
    const onAwa = awa.receive([rap.send('consolidated', m.meetingId, 'consolide.palabre')]);
    expect(onAwa).toMatchObject({ restored: [m.r1.id], conflicts: [] });
    expect((await awa.texts(m.r1.id))[2]).toBe('La Commission suit tous les six mois la mise en œuvre de cette recommandation.');
  });

  it('raises a delete-versus-edit conflict once, even when the deleting laptop’s clock is a day ahead', async () => {
    const { m, awa, kofi, rap } = await office4();
    awa.store.ctx.timestamp = () => '2030-01-01T00:00:00.000Z';
    await call(awa.store.dispatch, 'recommendation:delete', { recommendationId: m.r2.id });
    await kofi.editParagraph(m.r2.id, 0, (t) => t.replace('les menaces', 'toutes les menaces'));
    const files = [kofi.send('contribution', m.meetingId, 'kofi.palabre'), awa.send('contribution', m.meetingId, 'awa.palabre')];
    expect(rap.receive(files).conflicts.map((c) => c.recommendationId)).toEqual([m.r2.id]);
    const dump = rap.dump();
    expect(rap.receive(files).noChange).toBe(true);
    expect(rap.dump()).toBe(dump);
    expect(await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId })).toHaveLength(1);
  });
});
