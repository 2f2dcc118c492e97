import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { countRows, errorOf, openTempStore, rowCounts, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => store.cleanup());

const createMeeting = (title = 'Réunion des experts de la Confédération', more: Record<string, string | null> = {}) =>
  call(store.dispatch, 'meeting:create', { title, organisation: 'Confédération des États du Sahel', venue: 'Bamako', ...more });

describe('meetings', () => {
  it('creates, lists, reads and updates a meeting', async () => {
    const created = await createMeeting('  Réunion des experts  ', { startsOn: '2025-03-10', endsOn: '2025-03-12' });
    expect(created).toMatchObject({
      title: 'Réunion des experts',
      organisation: 'Confédération des États du Sahel',
      venue: 'Bamako',
      startsOn: '2025-03-10',
      endsOn: '2025-03-12',
      numbering: 'continuous',
      committees: [],
      participants: [],
      recommendations: [],
    });
    expect(await call(store.dispatch, 'meeting:list', {})).toEqual([
      expect.objectContaining({ id: created.id, title: 'Réunion des experts', recommendationCount: 0 }),
    ]);
    expect(await call(store.dispatch, 'meeting:get', { meetingId: created.id })).toEqual(created);

    const updated = await call(store.dispatch, 'meeting:update', { meetingId: created.id, venue: 'Niamey', endsOn: '2025-03-13' });
    expect(updated).toMatchObject({ title: 'Réunion des experts', venue: 'Niamey', startsOn: '2025-03-10', endsOn: '2025-03-13' });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(await call(store.dispatch, 'meeting:get', { meetingId: created.id })).toEqual(updated);
  });

  it('lists the most recently changed meeting first', async () => {
    const first = await createMeeting('Bamako');
    const second = await createMeeting('Ouagadougou');
    await call(store.dispatch, 'meeting:update', { meetingId: first.id, venue: 'Bamako, CICB' });
    expect((await call(store.dispatch, 'meeting:list', {})).map((m) => m.id)).toEqual([first.id, second.id]);
  });

  it('refuses an empty title in French and English, and writes nothing', async () => {
    const before = rowCounts(store.db);
    const blank = errorOf(await store.dispatch('meeting:create', { title: '   ' }));
    expect(blank).toEqual({
      code: 'empty_title',
      message: { fr: 'Le titre ne peut pas être vide.', en: 'The title cannot be empty.' },
    });
    // A title made only of invisible characters is empty once cleaned.
    const invisible = errorOf(await store.dispatch('meeting:create', { title: '\u0001\u0007\uFFFE' }));
    expect(invisible).toEqual({
      code: 'empty_title',
      message: { fr: 'Le titre ne peut pas être vide.', en: 'The title cannot be empty.' },
    });
    expect(rowCounts(store.db)).toEqual(before);
    expect(countRows(store.db, 'meetings')).toBe(0);
  });

  it('refuses an end date before the start date, on creation and on update, and writes nothing', async () => {
    const refused = errorOf(await store.dispatch('meeting:create', { title: 'Réunion', startsOn: '2025-03-12', endsOn: '2025-03-10' }));
    expect(refused.code).toBe('invalid_dates');
    expect(refused.message).toEqual({ fr: 'La date de fin précède la date de début.', en: 'The end date is before the start date.' });
    expect(countRows(store.db, 'meetings')).toBe(0);
    expect(countRows(store.db, 'audit_log')).toBe(0);

    const meeting = await createMeeting('Réunion', { startsOn: '2025-03-10', endsOn: '2025-03-12' });
    const before = rowCounts(store.db);
    expect(errorOf(await store.dispatch('meeting:update', { meetingId: meeting.id, endsOn: '2025-03-09' })).code).toBe('invalid_dates');
    expect(errorOf(await store.dispatch('meeting:update', { meetingId: meeting.id, title: ' ' })).code).toBe('empty_title');
    expect(rowCounts(store.db)).toEqual(before);
    expect(await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).toEqual(meeting);
  });

  it('says which meeting it cannot find', async () => {
    const missing = '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01';
    const error = errorOf(await store.dispatch('meeting:get', { meetingId: missing }));
    expect(error).toEqual({ code: 'not_found', message: { fr: `Introuvable\u00A0: ${missing}`, en: `Not found: ${missing}` } });
  });
});

describe('committees', () => {
  it('adds committees in order, renames and reorders them', async () => {
    const meeting = await createMeeting();
    const alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    const diplomates = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Renforcement des capacités' });
    const echanges = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Plateforme d’échange' });
    expect([alerte.position, diplomates.position, echanges.position]).toEqual([1, 2, 3]);

    const renamed = await call(store.dispatch, 'committee:rename', { committeeId: diplomates.id, name: 'Formation des diplomates' });
    expect(renamed).toEqual({ ...diplomates, name: 'Formation des diplomates' });

    const reordered = await call(store.dispatch, 'committee:reorder', { meetingId: meeting.id, committeeIds: [echanges.id, alerte.id, diplomates.id] });
    expect(reordered.map((c) => [c.name, c.position])).toEqual([
      ['Plateforme d’échange', 1],
      ['Alerte précoce', 2],
      ['Formation des diplomates', 3],
    ]);
    expect((await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).committees).toEqual(reordered);
  });

  it('refuses a second committee with the same name, whatever the case', async () => {
    const meeting = await createMeeting();
    await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    const before = rowCounts(store.db);
    const error = errorOf(await store.dispatch('committee:add', { meetingId: meeting.id, name: '  ALERTE PRÉCOCE ' }));
    expect(error.code).toBe('duplicate_name');
    expect(error.message.fr).toBe('Ce nom existe déjà\u00A0: ALERTE PRÉCOCE');
    expect(error.message.en).toBe('This name already exists: ALERTE PRÉCOCE');
    expect(rowCounts(store.db)).toEqual(before);
    // Another meeting may use the same name.
    const other = await createMeeting('Autre réunion');
    await expect(call(store.dispatch, 'committee:add', { meetingId: other.id, name: 'Alerte précoce' })).resolves.toMatchObject({ position: 1 });
  });

  it('refuses to rename a committee to the name of another one, but allows changing its own case', async () => {
    const meeting = await createMeeting();
    await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    const second = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Diplomatie' });
    const before = rowCounts(store.db);
    expect(errorOf(await store.dispatch('committee:rename', { committeeId: second.id, name: 'alerte précoce' })).code).toBe('duplicate_name');
    expect(rowCounts(store.db)).toEqual(before);
    expect((await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).committees.map((c) => c.name)).toEqual(['Alerte précoce', 'Diplomatie']);
    await expect(call(store.dispatch, 'committee:rename', { committeeId: second.id, name: 'DIPLOMATIE' })).resolves.toMatchObject({ name: 'DIPLOMATIE' });
  });

  it('refuses a reorder that misses, repeats or borrows a committee, and keeps the order', async () => {
    const meeting = await createMeeting();
    const a = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'A' });
    const b = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'B' });
    const other = await createMeeting('Autre réunion');
    const foreign = await call(store.dispatch, 'committee:add', { meetingId: other.id, name: 'C' });
    const before = rowCounts(store.db);
    for (const committeeIds of [[b.id], [b.id, b.id], [b.id, foreign.id], [b.id, a.id, foreign.id]]) {
      const error = errorOf(await store.dispatch('committee:reorder', { meetingId: meeting.id, committeeIds }));
      expect(error.code).toBe('committee_mismatch');
      expect(error.message.fr).toBe('Cette commission n’appartient pas à cette réunion.');
    }
    expect(rowCounts(store.db)).toEqual(before);
    expect((await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).committees.map((c) => c.name)).toEqual(['A', 'B']);
    expect((await call(store.dispatch, 'meeting:get', { meetingId: other.id })).committees).toEqual([{ ...foreign, position: 1 }]);
  });
});

describe('participants', () => {
  it('creates each delegation once per meeting', async () => {
    const meeting = await createMeeting();
    await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Aminata Traoré', delegation: 'Mali', role: 'expert' });
    await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Moussa Keïta', delegation: ' Mali ', role: 'rapporteur' });
    await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Idrissa Ouédraogo', delegation: 'Burkina Faso', role: 'chair' });
    expect(countRows(store.db, 'delegations')).toBe(2);

    const other = await createMeeting('Autre réunion');
    await call(store.dispatch, 'participant:add', { meetingId: other.id, name: 'Hadiza Moussa', delegation: 'Mali', role: 'secretariat' });
    expect(countRows(store.db, 'delegations')).toBe(3);

    const { participants } = await call(store.dispatch, 'meeting:get', { meetingId: meeting.id });
    expect(participants.map((p) => [p.delegation, p.name, p.role])).toEqual([
      ['Burkina Faso', 'Idrissa Ouédraogo', 'chair'],
      ['Mali', 'Aminata Traoré', 'expert'],
      ['Mali', 'Moussa Keïta', 'rapporteur'],
    ]);
  });

  it('refuses a participant of an unknown meeting and writes nothing', async () => {
    const before = rowCounts(store.db);
    const error = errorOf(
      await store.dispatch('participant:add', { meetingId: '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01', name: 'X', delegation: 'Niger', role: 'expert' }),
    );
    expect(error.code).toBe('not_found');
    expect(rowCounts(store.db)).toEqual(before);
  });
});

describe('the audit log', () => {
  it('records every creation, with what was created', async () => {
    const meeting = await createMeeting('Réunion de Bamako');
    const committee = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    const participant = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Aminata Traoré', delegation: 'Mali', role: 'expert' });
    const recommendation = await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title: 'Créer un réseau' });
    const rows = store.db
      .prepare('SELECT meeting_id AS meetingId, recommendation_id AS recommendationId, action, detail_json AS detail FROM audit_log ORDER BY id')
      .all() as Array<{ meetingId: string; recommendationId: string | null; action: string; detail: string }>;
    expect(rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }))).toEqual([
      { meetingId: meeting.id, recommendationId: null, action: 'meeting.create', detail: { title: 'Réunion de Bamako' } },
      { meetingId: meeting.id, recommendationId: null, action: 'committee.add', detail: { committeeId: committee.id, name: 'Alerte précoce' } },
      {
        meetingId: meeting.id,
        recommendationId: null,
        action: 'participant.add',
        detail: { participantId: participant.id, name: 'Aminata Traoré', delegation: 'Mali' },
      },
      { meetingId: meeting.id, recommendationId: recommendation.id, action: 'recommendation.create', detail: { title: 'Créer un réseau' } },
    ]);
  });
});
