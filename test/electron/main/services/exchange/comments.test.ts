/**
 * Comments travel with contributions: threads and replies land once, anchored, searchable; and what
 * became of one already there (deleted, edited, resolved elsewhere) follows it, whatever the order
 * the packages come in.
 */
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { awaAndRapporteur, Office, setUpMeeting } from './laptops';

describe('comments in packages', { timeout: 30_000 }, () => {
  const office = new Office();
  afterAll(() => office.close());

  it('join their threads on the rapporteur’s laptop, with their anchors, once', async () => {
    const sec = await office.laptop('secrétariat');
    const m = await setUpMeeting(sec);
    const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    const [awa, kofi, rap] = [await office.laptop('Awa'), await office.laptop('Kofi'), await office.laptop('rapporteur')];
    for (const [l, p] of [[awa, m.awa], [kofi, m.kofi], [rap, m.rapporteur]] as const) {
      l.receive([meetingFile]);
      await l.actAs(p.id);
    }
    const r1 = await awa.get(m.r1.id);
    const blockId = r1.body.root.children[1]!.$!.uid as string;
    const thread = await call(awa.store.dispatch, 'comment:add', {
      recommendationId: r1.id,
      text: 'Quels mécanismes exactement ?',
      anchor: { blockId, start: 35, end: 65, quote: 'mécanismes nationaux d’alerte' },
    });
    // Kofi replies to Awa's thread after receiving her contribution.
    kofi.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    await call(kofi.store.dispatch, 'comment:add', { recommendationId: r1.id, parentId: thread.id, text: 'Ceux de la CEDEAO, je crois.' });

    rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre'), kofi.send('contribution', m.meetingId, 'kofi.palabre')]);
    const threads = await call(rap.store.dispatch, 'comment:list', { recommendationId: r1.id });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: thread.id, authorName: 'Awa Sow', text: 'Quels mécanismes exactement\u202F?', anchor: { state: 'exact' } });
    expect(threads[0]!.replies.map((r) => [r.authorName, r.text])).toEqual([['Kofi Mensah', 'Ceux de la CEDEAO, je crois.']]);
    const { hits } = await call(rap.store.dispatch, 'search:query', { meetingId: m.meetingId, query: 'CEDEAO' });
    expect(hits.map((h) => h.recommendationId)).toEqual([r1.id]);

    const again = rap.receive([office.folder + '/kofi.palabre']);
    expect(again.noChange).toBe(true);
    expect(again.commentsAdded).toBe(0);
  });

  it('take what became of them elsewhere: a deletion, the latest text, a resolution; a reopening here stands', async () => {
    const elsewhere = new Office();
    onTestFinished(() => elsewhere.close());
    const { m, awa, rap } = await awaAndRapporteur(elsewhere);
    const add = (text: string) => call(awa.store.dispatch, 'comment:add', { recommendationId: m.r1.id, text });
    const edited = await add('Préciser le calendrier');
    const removed = await add('Doublon avec R2, baobab');
    const settled = await add('Qui finance le dispositif ?');
    const first = awa.send('contribution', m.meetingId, 'awa-1.palabre');
    expect(rap.receive([first]).commentsAdded).toBe(3);
    const threads = async (laptop: typeof awa) => call(laptop.store.dispatch, 'comment:list', { recommendationId: m.r1.id });

    // Awa edits one, deletes another: the rapporteur's laptop follows.
    await call(awa.store.dispatch, 'comment:update', { commentId: edited.id, text: 'Préciser le calendrier : 2027 ou 2028 ?' });
    await call(awa.store.dispatch, 'comment:delete', { commentId: removed.id });
    const second = awa.send('contribution', m.meetingId, 'awa-2.palabre');
    const caughtUp = rap.receive([second]);
    expect(caughtUp.commentsAdded).toBe(0);
    expect(caughtUp.commentsUpdated).toBe(2);
    expect(caughtUp.noChange).toBe(false);
    expect((await threads(rap)).map((t) => t.text)).toEqual(['Préciser le calendrier\u00A0: 2027 ou 2028\u202F?', 'Qui finance le dispositif\u202F?']);
    const { hits } = await call(rap.store.dispatch, 'search:query', { meetingId: m.meetingId, query: 'baobab' });
    expect(hits).toEqual([]);

    // The first contribution again, older: nothing goes back (the later text stays, the deleted stays deleted).
    const stale = rap.receive([first]);
    expect(stale.commentsUpdated).toBe(0);
    expect(stale.noChange).toBe(true);
    expect((await threads(rap)).map((t) => t.text)[0]).toBe('Préciser le calendrier\u00A0: 2027 ou 2028\u202F?');

    // The rapporteur resolves a thread: Awa's laptop has it resolved, by the rapporteur.
    await call(rap.store.dispatch, 'comment:resolve', { commentId: settled.id });
    const consolidated = rap.send('consolidated', m.meetingId, 'consolide.palabre');
    expect(awa.receive([consolidated]).commentsUpdated).toBe(1);
    const resolvedThere = (await threads(awa)).find((t) => t.id === settled.id)!;
    expect(resolvedThere).toMatchObject({ resolved: true, resolvedByName: 'Issouf Ouédraogo' });

    // Awa reopens it; the same consolidated package again does not close it behind her back.
    await call(awa.store.dispatch, 'comment:reopen', { commentId: settled.id });
    const again = awa.receive([consolidated]);
    expect(again.commentsUpdated).toBe(0);
    expect((await threads(awa)).find((t) => t.id === settled.id)!.resolved).toBe(false);
  });
});
