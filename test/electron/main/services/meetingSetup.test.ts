import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { documentFromPlainText, documentToPlainText, textBlocks } from '../../../../shared/document/lexicalJson';
import type { MeetingDetail } from '../../../../shared/domain/types';
import { errorOf, openTempStore, rowCounts, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
let meeting: MeetingDetail;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
});
afterEach(() => store.cleanup());

const get = () => call(store.dispatch, 'meeting:get', { meetingId: meeting.id });
const addPerson = (name: string, delegation: string, role: 'expert' | 'rapporteur' | 'secretariat' | 'chair' = 'expert') =>
  call(store.dispatch, 'participant:add', { meetingId: meeting.id, name, delegation, role });
const auditActions = () => store.db.prepare(`SELECT action FROM audit_log ORDER BY id`).pluck().all() as string[];

describe('meeting settings', () => {
  it('starts with French typography, continuous numbering and no introduction', () => {
    expect(meeting).toMatchObject({ typography: 'fr', numbering: 'continuous', intro: null, delegations: [] });
    expect(meeting.statusCounts).toEqual({ draft: 0, under_review: 0, agreed: 0, adopted: 0, withdrawn: 0, merged_into: 0 });
  });

  it('keeps an introductory text, with stable paragraph ids and French typography, and removes it on request', async () => {
    const intro = documentFromPlainText("Du 17 au 19 novembre 2025, la capitale malienne a accueilli la réunion : trois jours d'échanges.\n\nLes experts ont siégé en trois commissions.", () => 'même');
    const updated = await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, intro });
    expect(documentToPlainText(updated.intro!)).toBe(
      'Du 17 au 19 novembre 2025, la capitale malienne a accueilli la réunion\u00A0: trois jours d’échanges.\n\nLes experts ont siégé en trois commissions.',
    );
    const ids = textBlocks(updated.intro!).map((b) => b.uid);
    expect(new Set(ids).size).toBe(2);
    expect((await get()).intro).toEqual(updated.intro);
    // Changing another detail leaves the introduction alone; null removes it.
    expect((await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, venue: 'Niamey' })).intro).toEqual(updated.intro);
    expect((await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, intro: null })).intro).toBeNull();
  });

  it('refuses an unreadable introduction, saying why, and keeps the one it had', async () => {
    const intro = documentFromPlainText('Contexte.', () => 'p');
    await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, intro });
    const before = rowCounts(store.db);
    const huge = documentFromPlainText('x'.repeat(1_000_001), () => 'p');
    const error = errorOf(await store.dispatch('meeting:update', { meetingId: meeting.id, intro: huge }));
    expect(error.code).toBe('invalid_document');
    expect(error.message.fr).toContain('plus de 1\u202F000\u202F000 caractères');
    expect(rowCounts(store.db)).toEqual(before);
    expect(documentToPlainText((await get()).intro!)).toBe('Contexte.');
  });

  it('switches typography off for an English meeting', async () => {
    const updated = await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, typography: 'none', numbering: 'per_committee' });
    expect(updated).toMatchObject({ typography: 'none', numbering: 'per_committee' });
  });
});

describe('removing a committee', () => {
  it('removes an empty committee; the others close ranks', async () => {
    const a = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    const b = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Diplomatie' });
    const c = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Plateforme' });
    const remaining = await call(store.dispatch, 'committee:remove', { committeeId: b.id });
    expect(remaining.map((x) => [x.id, x.position])).toEqual([
      [a.id, 1],
      [c.id, 2],
    ]);
    expect((await get()).committees).toEqual(remaining);
    expect(auditActions().at(-1)).toBe('committee.remove');
    // Its name is free again; a new committee goes last.
    expect(await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Diplomatie' })).toMatchObject({ position: 3 });
    expect(errorOf(await store.dispatch('committee:rename', { committeeId: b.id, name: 'Autre' })).code).toBe('unknown_committee');
  });

  it('refuses to remove a committee that still holds recommendations, saying how many, and writes nothing', async () => {
    const a = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: a.id, title: 'Créer un réseau' });
    await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: a.id, title: 'Former les agents' });
    const before = rowCounts(store.db);
    expect(errorOf(await store.dispatch('committee:remove', { committeeId: a.id }))).toEqual({
      code: 'committee_not_empty',
      message: {
        fr: 'Cette commission contient encore 2 recommandations\u202F; déplacez-les ou mettez-les à la corbeille avant de la retirer.',
        en: 'This committee still holds 2 recommendations; move them or put them in the trash before removing it.',
      },
    });
    expect(rowCounts(store.db)).toEqual(before);
    expect((await get()).committees.map((x) => x.name)).toEqual(['Alerte précoce']);
  });

  it('says clearly which committee it cannot find', async () => {
    const missing = '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01';
    expect(errorOf(await store.dispatch('committee:remove', { committeeId: missing })).message).toEqual({
      fr: `Commission introuvable\u00A0: ${missing}`,
      en: `Committee not found: ${missing}`,
    });
  });
});

describe('participants and delegations', () => {
  it('lists participants and delegations in French order: accented names with their letter', async () => {
    await addPerson('Zeinabou Hamani', 'Niger');
    await addPerson('Éric Ouattara', 'Côte d’Ivoire');
    await addPerson('Issouf Ouédraogo', 'Burkina Faso');
    await addPerson('Adama Cissé', 'Égypte');
    await addPerson('Emma Diallo', 'Égypte');
    await addPerson('Aïcha Diallo', 'Burkina Faso');
    const detail = await get();
    expect(detail.participants.map((p) => [p.delegation, p.name])).toEqual([
      ['Burkina Faso', 'Aïcha Diallo'],
      ['Burkina Faso', 'Issouf Ouédraogo'],
      ['Côte d’Ivoire', 'Éric Ouattara'],
      ['Égypte', 'Adama Cissé'],
      ['Égypte', 'Emma Diallo'],
      ['Niger', 'Zeinabou Hamani'],
    ]);
    expect(detail.delegations.map((d) => [d.name, d.participantCount])).toEqual([
      ['Burkina Faso', 2],
      ['Côte d’Ivoire', 1],
      ['Égypte', 2],
      ['Niger', 1],
    ]);
  });

  it('renames a participant, changes their role, and moves them to another delegation', async () => {
    const awa = await addPerson('Awa Sow', 'Mali');
    const renamed = await call(store.dispatch, 'participant:update', { participantId: awa.id, name: '  Awa  Sow Traoré ', role: 'rapporteur' });
    expect(renamed).toEqual({ ...awa, name: 'Awa Sow Traoré', role: 'rapporteur' });
    // Naming an existing delegation, whatever the case, joins it; the empty one leaves the list.
    await addPerson('Moussa Keïta', 'Niger');
    const moved = await call(store.dispatch, 'participant:update', { participantId: awa.id, delegation: 'NIGER' });
    expect(moved.delegation).toBe('Niger');
    expect((await get()).delegations.map((d) => [d.name, d.participantCount])).toEqual([['Niger', 2]]);
    expect(auditActions().filter((a) => a === 'participant.update')).toHaveLength(2);
  });

  it('refuses an empty name and writes nothing', async () => {
    const awa = await addPerson('Awa Sow', 'Mali');
    const before = rowCounts(store.db);
    expect(errorOf(await store.dispatch('participant:update', { participantId: awa.id, name: '   ' })).code).toBe('empty_name');
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('removes a participant from the lists but keeps their name on what they wrote', async () => {
    const awa = await addPerson('Awa Sow', 'Mali');
    await addPerson('Moussa Keïta', 'Niger');
    await call(store.dispatch, 'profile:set', { participantId: awa.id });
    const committee = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte' });
    const rec = await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title: 'Créer un réseau' });

    const remaining = await call(store.dispatch, 'participant:remove', { participantId: awa.id });
    expect(remaining.map((p) => p.name)).toEqual(['Moussa Keïta']);
    expect((await get()).delegations.map((d) => d.name)).toEqual(['Niger']);
    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: rec.id });
    expect(versions[0]!.authorName).toBe('Awa Sow');
    expect((await call(store.dispatch, 'recommendation:get', { recommendationId: rec.id })).authorName).toBe('Awa Sow');
    // "Who am I" was Awa: no one is now, until another participant is chosen.
    expect(await call(store.dispatch, 'profile:get', {})).toBeNull();
    expect(errorOf(await store.dispatch('profile:set', { participantId: awa.id })).code).toBe('unknown_participant');
    expect(errorOf(await store.dispatch('participant:remove', { participantId: awa.id })).code).toBe('unknown_participant');
  });
});

describe('who am I', () => {
  it('is no one at first, then the participant chosen, whose name goes on versions and the audit log', async () => {
    expect(await call(store.dispatch, 'profile:get', {})).toBeNull();
    const awa = await addPerson('Awa Sow', 'Mali', 'rapporteur');
    expect(await call(store.dispatch, 'profile:set', { participantId: awa.id })).toEqual(awa);
    expect(await call(store.dispatch, 'profile:get', {})).toEqual(awa);

    const committee = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte' });
    const rec = await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title: 'Créer un réseau' });
    expect(rec).toMatchObject({ authorId: awa.id, authorName: 'Awa Sow', authorDelegation: 'Mali', lastEditorName: 'Awa Sow' });
    expect(store.db.prepare(`SELECT DISTINCT actor_name FROM audit_log WHERE action = 'recommendation.create'`).pluck().all()).toEqual(['Awa Sow']);
  });

  it('refuses a participant that does not exist, and keeps the one it had', async () => {
    const awa = await addPerson('Awa Sow', 'Mali');
    await call(store.dispatch, 'profile:set', { participantId: awa.id });
    const missing = '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01';
    expect(errorOf(await store.dispatch('profile:set', { participantId: missing })).message.fr).toBe(`Participant introuvable\u00A0: ${missing}`);
    expect(await call(store.dispatch, 'profile:get', {})).toEqual(awa);
  });
});
