/**
 * A conflict names who made each side's change, not who happened to write the head of that side:
 * Awa's sentence reaches the rapporteur through Kofi (who only retitled it), Moussa's through the
 * secretariat (which only set a priority).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { Office, setUpMeeting } from './laptops';

let office: Office;
afterEach(() => office.close());

describe('authors of a conflict', { timeout: 60_000 }, () => {
  it('attributes each side to the author of the version that introduced that side’s change since the base', async () => {
    office = new Office({ sharedClock: true });
    const sec = await office.laptop('secrétariat');
    const m = await setUpMeeting(sec);
    const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    const [awa, kofi, moussa, rap] = [await office.laptop('Awa'), await office.laptop('Kofi'), await office.laptop('Moussa'), await office.laptop('rapporteur')];
    for (const [l, p] of [[awa, m.awa], [kofi, m.kofi], [moussa, m.moussa], [rap, m.rapporteur]] as const) {
      l.receive([meetingFile]);
      await l.actAs(p.id);
    }
    await awa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'menaces terroristes'));
    kofi.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    const k = await kofi.get(m.r2.id);
    await call(kofi.store.dispatch, 'recommendation:save', { recommendationId: k.id, baseVersionId: k.headVersionId, title: 'Partager l’information sur les menaces', body: k.body });

    await moussa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'trafics transfrontaliers'));
    sec.receive([moussa.send('contribution', m.meetingId, 'moussa.palabre')]);
    await call(sec.store.dispatch, 'recommendation:setFields', { recommendationId: m.r2.id, priority: 'high' });

    const files = [kofi.send('contribution', m.meetingId, 'kofi.palabre'), sec.send('consolidated', m.meetingId, 'sec.palabre')];
    const summary = rap.receive(files);
    expect(summary.conflicts.map((c) => c.recommendationId)).toEqual([m.r2.id]);
    const conflicts = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflicts.map((c) => [c.kind, c.ours.authorName, c.theirs.authorName])).toEqual([['body', 'Awa Sow', 'Moussa Traoré']]);
    // The heads were Kofi's and the secretariat's: their changes merged cleanly.
    expect(await rap.get(m.r2.id)).toMatchObject({ title: 'Partager l’information sur les menaces', priority: 'high' });
    const dump = rap.dump();
    expect(rap.receive(files).noChange).toBe(true);
    expect(rap.dump()).toBe(dump);
  });
});
