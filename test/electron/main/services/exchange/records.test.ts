/**
 * Edits of the meeting, its committees and its participants travel, each field with who changed it
 * and when: the later change of a field wins on every laptop, changes of different fields are all
 * kept, and a change that would break a rule here is left out without losing anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { awaAndRapporteur, Office, type Laptop, type Meeting } from './laptops';

let office: Office;
afterEach(() => office.close());

async function scene(): Promise<{ m: Meeting; sec: Laptop; awa: Laptop; rap: Laptop }> {
  office = new Office({ sharedClock: true });
  return awaAndRapporteur(office);
}

const meetingOf = (l: Laptop, meetingId: string) => call(l.store.dispatch, 'meeting:get', { meetingId });

describe('meeting, committee and participant edits between laptops', { timeout: 60_000 }, () => {
  it('takes the secretariat’s edits of the meeting, a committee and a participant; a second import changes nothing', async () => {
    const { m, sec, awa } = await scene();
    await call(sec.store.dispatch, 'meeting:update', { meetingId: m.meetingId, title: 'Réunion des experts : paix et sécurité', venue: 'Niamey', startsOn: '2026-04-14', endsOn: '2026-04-16' });
    await call(sec.store.dispatch, 'committee:rename', { committeeId: m.alerteId, name: 'Alerte précoce et réponse rapide' });
    await call(sec.store.dispatch, 'participant:update', { participantId: m.kofi.id, name: 'Kofi A. Mensah', delegation: 'Côte d’Ivoire', role: 'chair' });
    const file = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    const summary = awa.receive([file]);
    expect(summary).toMatchObject({ detailsUpdated: true, noChange: false });
    const there = await meetingOf(awa, m.meetingId);
    expect(there).toMatchObject({ title: (await meetingOf(sec, m.meetingId)).title, venue: 'Niamey', startsOn: '2026-04-14', endsOn: '2026-04-16' });
    expect(there.title).toContain('paix et sécurité');
    expect(there.committees.find((c) => c.id === m.alerteId)?.name).toBe('Alerte précoce et réponse rapide');
    expect(there.participants.find((p) => p.id === m.kofi.id)).toMatchObject({ name: 'Kofi A. Mensah', delegation: 'Côte d’Ivoire', role: 'chair' });
    const dump = awa.dump();
    expect(awa.receive([file]).noChange).toBe(true);
    expect(awa.dump()).toBe(dump);
  });

  it('keeps the later change of each field, and changes of different fields from both sides, the same on every laptop', async () => {
    const { m, sec, awa, rap } = await scene();
    await call(awa.store.dispatch, 'meeting:update', { meetingId: m.meetingId, venue: 'Ouagadougou' });
    await call(rap.store.dispatch, 'meeting:update', { meetingId: m.meetingId, endsOn: '2026-04-17' });
    await call(sec.store.dispatch, 'meeting:update', { meetingId: m.meetingId, venue: 'Niamey' });
    await call(awa.store.dispatch, 'participant:update', { participantId: m.moussa.id, role: 'rapporteur' });
    await call(sec.store.dispatch, 'participant:update', { participantId: m.moussa.id, name: 'Moussa Traoré (suppléant)' });
    const [fromAwa, fromRap, fromSec] = [awa.send('contribution', m.meetingId, 'awa.palabre'), rap.send('contribution', m.meetingId, 'rap.palabre'), sec.send('meeting', m.meetingId, 'sec.palabre')];
    rap.receive([fromSec, fromAwa]);
    sec.receive([fromAwa, fromRap]);
    awa.receive([fromRap, fromSec]);
    for (const l of [rap, sec, awa]) {
      const there = await meetingOf(l, m.meetingId);
      expect([there.venue, there.startsOn, there.endsOn], l.name).toEqual(['Niamey', '2026-04-13', '2026-04-17']);
      expect(there.participants.find((p) => p.id === m.moussa.id), l.name).toMatchObject({ name: 'Moussa Traoré (suppléant)', role: 'rapporteur' });
    }
  });

  it('leaves out a committee name already taken here and dates that no longer hold together, keeping ours', async () => {
    const { m, awa, rap } = await scene();
    await call(rap.store.dispatch, 'committee:add', { meetingId: m.meetingId, name: 'Médiation' });
    await call(awa.store.dispatch, 'committee:rename', { committeeId: m.diplomatesId, name: 'Médiation' });
    // The meeting runs from the 13th to the 15th: Awa moves the start to the 15th, the rapporteur, later, the end to the 14th.
    await call(awa.store.dispatch, 'meeting:update', { meetingId: m.meetingId, startsOn: '2026-04-15' });
    await call(rap.store.dispatch, 'meeting:update', { meetingId: m.meetingId, endsOn: '2026-04-14' });
    rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    const there = await meetingOf(rap, m.meetingId);
    expect(there.committees.map((c) => c.name)).toEqual(['Alerte précoce', 'Formation des diplomates', 'Médiation']);
    expect(there.recommendations).toHaveLength(3);
    expect([there.startsOn, there.endsOn]).toEqual(['2026-04-13', '2026-04-14']);
  });
});
