/** Comments travel with contributions: threads and replies land once, anchored, searchable. */
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { Office, setUpMeeting } from './laptops';

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
});
