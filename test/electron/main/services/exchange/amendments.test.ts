/** Amendments travel: proposed on an expert's laptop, decided by the rapporteur, the decision sent back. */
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { textNode } from '../../../../../shared/document/lexicalJson';
import { meetingSentTo, Office, type Laptop } from './laptops';

describe('amendments in packages', { timeout: 30_000 }, () => {
  const office = new Office();
  afterAll(() => office.close());

  it('arrive pending with their proposal, and come back decided', async () => {
    const { m, laptops } = await meetingSentTo(office, [['Awa', 'awa'], ['rapporteur', 'rapporteur']]);
    const [awa, rap] = laptops as [Laptop, Laptop];
    const r2 = await awa.get(m.r2.id);
    const body = JSON.parse(JSON.stringify(r2.body)) as typeof r2.body;
    body.root.children[0]!.children = [textNode('Les États membres partagent sans délai l’information sur les menaces transfrontalières.')];
    const proposed = await call(awa.store.dispatch, 'amendment:propose', { recommendationId: r2.id, body, note: 'Urgence.' });

    const summary = rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    expect(summary.unchanged).toContain(m.r2.id);
    const pending = await call(rap.store.dispatch, 'amendment:list', { meetingId: m.meetingId });
    expect(pending.map((a) => [a.id, a.status, a.authorName, a.note])).toEqual([[proposed.id, 'pending', 'Awa Sow', 'Urgence.']]);
    // The head did not move: an amendment is a proposal, not an edit.
    expect(await rap.texts(m.r2.id)).toEqual(['Les États membres partagent l’information sur les menaces transfrontalières.']);

    const decision = await call(rap.store.dispatch, 'amendment:decide', { amendmentId: proposed.id, acceptAll: true });
    expect(decision.amendment.status).toBe('accepted');
    const back = awa.receive([rap.send('consolidated', m.meetingId, 'consolide.palabre')]);
    expect(back.fastForwarded).toContain(m.r2.id);
    const onAwa = await call(awa.store.dispatch, 'amendment:list', { meetingId: m.meetingId });
    expect(onAwa.map((a) => [a.status, a.decidedByName])).toEqual([['accepted', 'Issouf Ouédraogo']]);
    expect(await awa.texts(m.r2.id)).toEqual(['Les États membres partagent sans délai l’information sur les menaces transfrontalières.']);
    expect(awa.receive([office.folder + '/consolide.palabre']).noChange).toBe(true);
  });
});
