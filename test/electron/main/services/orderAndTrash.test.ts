import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { documentFromPlainText } from '../../../../shared/document/lexicalJson';
import type { Committee, MeetingDetail, Recommendation } from '../../../../shared/domain/types';
import { errorOf, openTempStore, rowCounts, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
let meeting: MeetingDetail;
let alerte: Committee;
let diplomates: Committee;
let a1: Recommendation;
let a2: Recommendation;
let a3: Recommendation;
let d1: Recommendation;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  diplomates = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Diplomates' });
  a1 = await create('Créer un réseau d’alerte', alerte);
  a2 = await create('Désigner des points focaux', alerte);
  a3 = await create('Tester le protocole', alerte);
  d1 = await create('Former les diplomates', diplomates);
});
afterEach(() => store.cleanup());

function create(title: string, committee: Committee) {
  return call(store.dispatch, 'recommendation:create', {
    meetingId: meeting.id,
    committeeId: committee.id,
    title,
    body: documentFromPlainText(`Texte : ${title}`, () => crypto.randomUUID()),
  });
}
const move = (rec: Recommendation, committee: Committee, position: number) =>
  call(store.dispatch, 'recommendation:move', { recommendationId: rec.id, committeeId: committee.id, position });
const numbered = async () =>
  (await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).recommendations.map((r) => `${r.number} ${r.title}`);
const search = (query: string) => call(store.dispatch, 'search:query', { meetingId: meeting.id, query }).then((r) => r.hits);

describe('reordering and moving', () => {
  it('reorders inside a committee: the others shift and the numbers follow', async () => {
    const list = await move(a3, alerte, 1);
    expect(list.map((r) => `${r.number} ${r.title}`)).toEqual([
      '1 Tester le protocole',
      '2 Créer un réseau d’alerte',
      '3 Désigner des points focaux',
      '4 Former les diplomates',
    ]);
    expect(list.filter((r) => r.committeeId === alerte.id).map((r) => r.position)).toEqual([1, 2, 3]);
    // Reordering is not a change of the text or the fields: no version.
    expect(await call(store.dispatch, 'recommendation:versions', { recommendationId: a3.id })).toHaveLength(1);
  });

  it('moves to another committee at a position, with a version recording the new committee', async () => {
    await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, numbering: 'per_committee' });
    await move(a1, diplomates, 1);
    expect(await numbered()).toEqual(['1.1 Désigner des points focaux', '1.2 Tester le protocole', '2.1 Créer un réseau d’alerte', '2.2 Former les diplomates']);
    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: a1.id });
    expect(versions.map((v) => v.fields.committeeId)).toEqual([diplomates.id, alerte.id]);
    expect((await call(store.dispatch, 'recommendation:get', { recommendationId: a1.id })).committeeName).toBe('Diplomates');
    const audit = store.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'recommendation.move'`).pluck().get() as string;
    expect(JSON.parse(audit)).toEqual({ fromCommittee: alerte.id, fromPosition: 1, toCommittee: diplomates.id, toPosition: 1 });
  });

  it('puts a position beyond the end at the end', async () => {
    await move(a1, diplomates, 99);
    expect(await numbered()).toEqual(['1 Désigner des points focaux', '2 Tester le protocole', '3 Former les diplomates', '4 Créer un réseau d’alerte']);
    await move(a2, alerte, 50);
    expect(await numbered()).toEqual(['1 Tester le protocole', '2 Désigner des points focaux', '3 Former les diplomates', '4 Créer un réseau d’alerte']);
  });

  it('follows a reorder of the committees', async () => {
    await call(store.dispatch, 'committee:reorder', { meetingId: meeting.id, committeeIds: [diplomates.id, alerte.id] });
    expect((await numbered())[0]).toBe('1 Former les diplomates');
  });

  it('writes nothing when the recommendation is already there', async () => {
    const before = rowCounts(store.db);
    await move(a2, alerte, 2);
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('refuses a committee of another meeting or an unknown one, and writes nothing', async () => {
    const other = await call(store.dispatch, 'meeting:create', { title: 'Autre réunion' });
    const foreign = await call(store.dispatch, 'committee:add', { meetingId: other.id, name: 'Ailleurs' });
    const before = rowCounts(store.db);
    expect(errorOf(await store.dispatch('recommendation:move', { recommendationId: a1.id, committeeId: foreign.id, position: 1 })).code).toBe('committee_mismatch');
    const unknown = '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01';
    expect(errorOf(await store.dispatch('recommendation:move', { recommendationId: a1.id, committeeId: unknown, position: 1 })).message.en).toBe(
      `Committee not found: ${unknown}`,
    );
    expect(rowCounts(store.db)).toEqual(before);
  });
});

describe('the trash', () => {
  it('takes a deleted recommendation out of the numbering, the lists and the search, and remembers who deleted it', async () => {
    const awa = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Awa Sow', delegation: 'Mali', role: 'rapporteur' });
    await call(store.dispatch, 'profile:set', { participantId: awa.id });
    const list = await call(store.dispatch, 'recommendation:delete', { recommendationId: a2.id });
    expect(list.map((r) => `${r.number} ${r.title}`)).toEqual(['1 Créer un réseau d’alerte', '2 Tester le protocole', '3 Former les diplomates']);
    expect(await search('points focaux')).toEqual([]);
    expect(await call(store.dispatch, 'trash:list', { meetingId: meeting.id })).toEqual([
      expect.objectContaining({ id: a2.id, title: 'Désigner des points focaux', committeeName: 'Alerte précoce', status: 'draft', deletedByName: 'Awa Sow' }),
    ]);
    expect((await call(store.dispatch, 'meeting:list', {}))[0]!.recommendationCount).toBe(3);
    expect(errorOf(await store.dispatch('recommendation:get', { recommendationId: a2.id })).code).toBe('unknown_recommendation');
    // Nothing is lost: the history is still there.
    expect(store.db.prepare(`SELECT count(*) FROM versions WHERE recommendation_id = ?`).pluck().get(a2.id)).toBe(1);
    expect(store.db.prepare(`SELECT action FROM audit_log WHERE recommendation_id = ? ORDER BY id`).pluck().all(a2.id)).toEqual([
      'recommendation.create',
      'recommendation.delete',
    ]);
  });

  it('restores a recommendation where it was, numbered and searchable again', async () => {
    await call(store.dispatch, 'recommendation:delete', { recommendationId: a2.id });
    const restored = await call(store.dispatch, 'recommendation:restore', { recommendationId: a2.id });
    expect(restored).toMatchObject({ id: a2.id, number: '2', position: 2, committeeId: alerte.id });
    expect(await numbered()).toEqual(['1 Créer un réseau d’alerte', '2 Désigner des points focaux', '3 Tester le protocole', '4 Former les diplomates']);
    expect((await search('points focaux')).map((h) => h.recommendationId)).toEqual([a2.id]);
    expect(await call(store.dispatch, 'trash:list', { meetingId: meeting.id })).toEqual([]);
    // Restoring what is not in the trash changes nothing.
    const before = rowCounts(store.db);
    expect(await call(store.dispatch, 'recommendation:restore', { recommendationId: a2.id })).toEqual(restored);
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('brings back the committee of a restored recommendation if it was removed meanwhile', async () => {
    await call(store.dispatch, 'recommendation:delete', { recommendationId: d1.id });
    await call(store.dispatch, 'committee:remove', { committeeId: diplomates.id });
    expect((await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).committees.map((c) => c.name)).toEqual(['Alerte précoce']);
    const restored = await call(store.dispatch, 'recommendation:restore', { recommendationId: d1.id });
    expect(restored).toMatchObject({ committeeId: diplomates.id, committeeName: 'Diplomates', number: '4' });
    expect((await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).committees.map((c) => [c.name, c.position])).toEqual([
      ['Alerte précoce', 1],
      ['Diplomates', 2],
    ]);
  });

  it('restores into a committee of the same name created meanwhile, recording the change of committee', async () => {
    await call(store.dispatch, 'recommendation:delete', { recommendationId: d1.id });
    await call(store.dispatch, 'committee:remove', { committeeId: diplomates.id });
    const again = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'diplomates' });
    const restored = await call(store.dispatch, 'recommendation:restore', { recommendationId: d1.id });
    expect(restored).toMatchObject({ committeeId: again.id, committeeName: 'diplomates' });
    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: d1.id });
    expect(versions.map((v) => v.fields.committeeId)).toEqual([again.id, diplomates.id]);
  });

  it('refuses to delete twice or to restore an unknown recommendation, and writes nothing', async () => {
    await call(store.dispatch, 'recommendation:delete', { recommendationId: a1.id });
    const before = rowCounts(store.db);
    expect(errorOf(await store.dispatch('recommendation:delete', { recommendationId: a1.id })).code).toBe('unknown_recommendation');
    expect(errorOf(await store.dispatch('recommendation:restore', { recommendationId: '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01' })).code).toBe(
      'unknown_recommendation',
    );
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('lets a committee whose recommendations are all in the trash be removed', async () => {
    await call(store.dispatch, 'recommendation:delete', { recommendationId: d1.id });
    expect((await call(store.dispatch, 'committee:remove', { committeeId: diplomates.id })).map((c) => c.name)).toEqual(['Alerte précoce']);
  });
});
