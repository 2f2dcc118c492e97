import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { documentFromPlainText } from '../../../../shared/document/lexicalJson';
import type { Committee, MeetingDetail, Recommendation, RecommendationStatus } from '../../../../shared/domain/types';
import { errorOf, openTempStore, rowCounts, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
let meeting: MeetingDetail;
let alerte: Committee;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
});
afterEach(() => store.cleanup());

const create = (more: Record<string, unknown> = {}) =>
  call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: alerte.id, title: 'Créer un mécanisme d’alerte', ...more });
const setStatus = (rec: Recommendation, status: RecommendationStatus) => call(store.dispatch, 'recommendation:setStatus', { recommendationId: rec.id, status });
const headFields = (rec: { id: string }) =>
  JSON.parse(
    store.db.prepare(`SELECT v.fields_json FROM versions v JOIN recommendations r ON r.head_version_id = v.id WHERE r.id = ?`).pluck().get(rec.id) as string,
  ) as Record<string, unknown>;
const audit = (action: string) =>
  (store.db.prepare(`SELECT detail_json FROM audit_log WHERE action = ? ORDER BY id`).pluck().all(action) as string[]).map((d) => JSON.parse(d) as unknown);

describe('the fields of a recommendation', () => {
  it('are set at creation, cleaned, and carried whole by the first version', async () => {
    const rec = await create({
      body: documentFromPlainText('Considérant…\n\nLes experts recommandent.', () => 'p'),
      addressees: ["Conférence des Chefs d'État et de Gouvernement", '  Conseil des Ministres ', 'conseil des ministres', ''],
      leadActors: ['Secrétariat général'],
      horizon: ' court terme ',
      deadline: '2026-06-30',
      priority: 'high',
    });
    expect(rec).toMatchObject({
      status: 'draft',
      committeeId: alerte.id,
      addressees: ['Conférence des Chefs d’État et de Gouvernement', 'Conseil des Ministres'],
      leadActors: ['Secrétariat général'],
      horizon: 'court terme',
      deadline: '2026-06-30',
      priority: 'high',
    });
    expect(headFields(rec)).toEqual({
      status: 'draft',
      committeeId: alerte.id,
      addressees: ['Conférence des Chefs d’État et de Gouvernement', 'Conseil des Ministres'],
      leadActors: ['Secrétariat général'],
      horizon: 'court terme',
      deadline: '2026-06-30',
      priority: 'high',
    });
  });

  it('default to empty when not given', async () => {
    const rec = await create();
    expect(rec).toMatchObject({ addressees: [], leadActors: [], horizon: '', deadline: null, priority: null });
  });

  it('change through a new version that carries all the fields, the text unchanged', async () => {
    const rec = await create({ addressees: ['États membres'], priority: 'low' });
    const updated = await call(store.dispatch, 'recommendation:setFields', { recommendationId: rec.id, leadActors: ['Ministères des Affaires étrangères'], priority: 'high' });
    expect(updated).toMatchObject({ addressees: ['États membres'], leadActors: ['Ministères des Affaires étrangères'], priority: 'high' });
    expect(updated.body).toEqual(rec.body);
    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: rec.id });
    expect(versions.map((v) => [v.origin, v.parentIds, v.fields.priority])).toEqual([
      ['edit', [rec.headVersionId], 'high'],
      ['create', [], 'low'],
    ]);
    expect(headFields(rec)).toMatchObject({ status: 'draft', committeeId: alerte.id, addressees: ['États membres'], horizon: '', deadline: null });
    expect(audit('recommendation.fields')).toEqual([{ fields: ['leadActors', 'priority'] }]);
    // Clearing is a change too.
    expect(await call(store.dispatch, 'recommendation:setFields', { recommendationId: rec.id, priority: null, deadline: null })).toMatchObject({ priority: null });
  });

  it('write nothing when set to what they already are', async () => {
    const rec = await create({ addressees: ['États membres'] });
    const before = rowCounts(store.db);
    const same = await call(store.dispatch, 'recommendation:setFields', { recommendationId: rec.id, addressees: ['  États  membres '] });
    expect(same).toEqual(rec);
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('are kept by a save of the text', async () => {
    const rec = await create({ addressees: ['États membres'], priority: 'medium' });
    const saved = await call(store.dispatch, 'recommendation:save', {
      recommendationId: rec.id,
      baseVersionId: rec.headVersionId,
      title: rec.title,
      body: documentFromPlainText('Nouveau texte.', () => 'p'),
    });
    expect(saved).toMatchObject({ addressees: ['États membres'], priority: 'medium' });
    expect(headFields(saved)).toMatchObject({ addressees: ['États membres'], priority: 'medium', status: 'draft' });
  });

  it('refuses a recommendation in the trash', async () => {
    const rec = await create();
    await call(store.dispatch, 'recommendation:delete', { recommendationId: rec.id });
    const error = errorOf(await store.dispatch('recommendation:setFields', { recommendationId: rec.id, priority: 'high' }));
    expect(error.code).toBe('unknown_recommendation');
    expect(error.message.fr).toBe(`Recommandation introuvable (ou dans la corbeille)\u00A0: ${rec.id}`);
  });
});

describe('the status workflow', () => {
  it('goes draft → under review → agreed → adopted, one version and one audit entry per step', async () => {
    const rec = await create();
    let current = rec;
    for (const status of ['under_review', 'agreed', 'adopted'] as const) {
      current = await setStatus(current, status);
      expect(current.status).toBe(status);
      expect(headFields(current).status).toBe(status);
    }
    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: rec.id });
    expect(versions.map((v) => v.fields.status)).toEqual(['adopted', 'agreed', 'under_review', 'draft']);
    expect(audit('recommendation.status')).toEqual([
      { from: 'draft', to: 'under_review' },
      { from: 'under_review', to: 'agreed' },
      { from: 'agreed', to: 'adopted' },
    ]);
    // One step back, as when the plenary reopens a text.
    expect((await setStatus(current, 'agreed')).status).toBe('agreed');
  });

  it('withdraws a text (it loses its number) and takes it back as a draft', async () => {
    const first = await create();
    const second = await create({ title: 'Former les diplomates' });
    const withdrawn = await setStatus(first, 'withdrawn');
    expect(withdrawn.number).toBe('');
    expect((await call(store.dispatch, 'recommendation:get', { recommendationId: second.id })).number).toBe('1');
    expect((await setStatus(withdrawn, 'draft')).number).toBe('1');
  });

  it('refuses a change that makes no sense, naming both statuses in both languages, and writes nothing', async () => {
    const rec = await create();
    const before = rowCounts(store.db);
    expect(errorOf(await store.dispatch('recommendation:setStatus', { recommendationId: rec.id, status: 'adopted' }))).toEqual({
      code: 'invalid_transition',
      message: {
        fr: 'Changement de statut impossible\u00A0: de «\u00A0brouillon\u00A0» à «\u00A0adoptée\u00A0» (possible\u00A0: «\u00A0en cours d’examen\u00A0», «\u00A0retirée\u00A0»).',
        en: 'Status change not allowed: from “draft” to “adopted” (possible: “under review”, “withdrawn”).',
      },
    });
    expect(errorOf(await store.dispatch('recommendation:setStatus', { recommendationId: rec.id, status: 'merged_into' })).code).toBe('invalid_transition');
    expect(rowCounts(store.db)).toEqual(before);
    expect((await call(store.dispatch, 'recommendation:get', { recommendationId: rec.id })).status).toBe('draft');
  });

  it('changes nothing when the status is already the one asked', async () => {
    const rec = await create();
    const before = rowCounts(store.db);
    expect(await setStatus(rec, 'draft')).toEqual(rec);
    expect(rowCounts(store.db)).toEqual(before);
  });
});
