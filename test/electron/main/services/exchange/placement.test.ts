/**
 * Reordering and moving between committees travel: a fast-forward takes the other machine's order,
 * concurrent reorders end the same on every machine (the later one wins), and concurrent moves never
 * lose a recommendation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import type { Recommendation } from '../../../../../shared/domain/types';
import { mergedOrder } from '../../../../../electron/main/services/exchange/placementSync';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

let office: Office;
afterEach(() => office.close());

interface Scene {
  m: Meeting;
  r4: Recommendation;
  mediationId: string;
  sec: Laptop;
  awa: Laptop;
  kofi: Laptop;
  rap: Laptop;
}

async function scene(): Promise<Scene> {
  office = new Office({ sharedClock: true });
  const sec = await office.laptop('secrétariat');
  const m = await setUpMeeting(sec);
  const r4 = await sec.create(m.meetingId, m.alerteId, 'Protéger les lanceurs d’alerte', ['Les États membres protègent les lanceurs d’alerte.']);
  const mediation = await call(sec.store.dispatch, 'committee:add', { meetingId: m.meetingId, name: 'Médiation' });
  const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
  const [awa, kofi, rap] = [await office.laptop('Awa'), await office.laptop('Kofi'), await office.laptop('rapporteur')];
  for (const [l, p] of [[awa, m.awa], [kofi, m.kofi], [rap, m.rapporteur]] as const) {
    l.receive([meetingFile]);
    await l.actAs(p.id);
  }
  return { m, r4, mediationId: mediation.id, sec, awa, kofi, rap };
}

const move = (l: Laptop, recommendationId: string, committeeId: string, position: number) =>
  call(l.store.dispatch, 'recommendation:move', { recommendationId, committeeId, position });

/** Each committee's recommendations (ids), in order, with their numbers. */
async function layout(l: Laptop, meetingId: string): Promise<Array<[string, string, string]>> {
  return (await call(l.store.dispatch, 'recommendation:list', { meetingId })).map((r) => [r.committeeId, r.id, r.number]);
}

describe('order and committees between laptops', { timeout: 60_000 }, () => {
  it('takes a reorder and a move to another committee made elsewhere, and a second import changes nothing', async () => {
    const { m, r4, mediationId, awa, rap } = await scene();
    await move(awa, r4.id, m.alerteId, 1);
    await move(awa, m.r3.id, mediationId, 1);
    const file = awa.send('contribution', m.meetingId, 'awa.palabre');
    const summary = rap.receive([file]);
    expect(summary.fastForwarded).toEqual([m.r3.id]);
    expect(await layout(rap, m.meetingId)).toEqual([
      [m.alerteId, r4.id, '1'],
      [m.alerteId, m.r1.id, '2'],
      [m.alerteId, m.r2.id, '3'],
      [mediationId, m.r3.id, '4'],
    ]);
    expect(await layout(rap, m.meetingId)).toEqual(await layout(awa, m.meetingId));
    const dump = rap.dump();
    expect(rap.receive([file]).noChange).toBe(true);
    expect(rap.dump()).toBe(dump);
  });

  it('ends concurrent reorders of one committee the same on every laptop: the later order wins, every recommendation kept', async () => {
    const { m, r4, awa, kofi, rap, sec } = await scene();
    await move(awa, r4.id, m.alerteId, 1); // Awa: R4, R1, R2
    await move(kofi, m.r2.id, m.alerteId, 1); // Kofi, later: R2, R1, R4
    const [fromAwa, fromKofi] = [awa.send('contribution', m.meetingId, 'awa.palabre'), kofi.send('contribution', m.meetingId, 'kofi.palabre')];
    rap.receive([fromAwa, fromKofi]);
    sec.receive([fromKofi, fromAwa]);
    awa.receive([fromKofi]);
    kofi.receive([fromAwa]);
    const expected = [m.r2.id, m.r1.id, r4.id, m.r3.id];
    for (const l of [rap, sec, awa, kofi]) expect((await layout(l, m.meetingId)).map(([, id]) => id), l.name).toEqual(expected);
    const dump = rap.dump();
    expect(rap.receive([fromKofi, fromAwa]).noChange).toBe(true);
    expect(rap.dump()).toBe(dump);
  });

  it('never loses a recommendation moved to two committees at once: a committee conflict for the rapporteur', async () => {
    const { m, mediationId, awa, kofi, rap } = await scene();
    await move(awa, m.r3.id, m.alerteId, 1);
    await move(kofi, m.r3.id, mediationId, 1);
    await move(kofi, m.r2.id, m.diplomatesId, 1);
    const summary = rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre'), kofi.send('contribution', m.meetingId, 'kofi.palabre')]);
    expect(summary.conflicts.map((c) => c.recommendationId)).toEqual([m.r3.id]);
    const [conflict] = await call(rap.store.dispatch, 'conflict:list', { meetingId: m.meetingId });
    expect(conflict).toMatchObject({ kind: 'field', field: 'committeeId' });
    expect([conflict!.ours.authorName, conflict!.theirs.authorName]).toEqual(['Awa Sow', 'Kofi Mensah']);
    const ids = (await layout(rap, m.meetingId)).map(([committeeId, id]) => [committeeId, id]);
    expect(ids).toHaveLength(4);
    expect(ids).toContainEqual([m.alerteId, m.r3.id]);
    expect(ids).toContainEqual([m.diplomatesId, m.r2.id]);
    // Numbers have no gap and no repeat.
    expect((await layout(rap, m.meetingId)).map(([, , n]) => n)).toEqual(['1', '2', '3', '4']);
  });
});

describe('mergedOrder', () => {
  it('takes their order and keeps one they do not name after the one it followed here', () => {
    expect(mergedOrder(['a', 'b', 'x', 'c'], ['c', 'b', 'a'])).toEqual(['c', 'b', 'x', 'a']);
    expect(mergedOrder(['x', 'a', 'b'], ['b', 'a', 'gone'])).toEqual(['x', 'b', 'a']);
  });

  it('places an id named twice once, where it comes first', () => {
    expect(mergedOrder(['a', 'b', 'c'], ['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
