import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { errorOf } from '../../../helpers/tempDb';
import { reviewFixture, type ReviewFixture } from './reviewFixture';

let f: ReviewFixture;
beforeEach(async () => {
  f = await reviewFixture();
});
afterEach(() => f.store.cleanup());

describe('the audit log', () => {
  it('records who changed a status, when, per recommendation and per meeting, newest first', async () => {
    const a = await f.create('Réseau d’alerte', ['Texte.']);
    const b = await f.create('Indicateurs', ['Texte.']);
    await f.actAs(f.issouf);
    await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: a.id, status: 'under_review' });
    await call(f.store.dispatch, 'recommendation:delete', { recommendationId: b.id });

    const forA = await call(f.store.dispatch, 'audit:list', { meetingId: f.meeting.id, recommendationId: a.id });
    expect(forA.map((e) => [e.action, e.actorName, e.recommendationTitle, e.summary.fr])).toEqual([
      ['recommendation.status', 'Issouf Ouédraogo', 'Réseau d’alerte', 'Statut\u00A0: «\u00A0brouillon\u00A0» → «\u00A0en cours d’examen\u00A0»'],
      ['recommendation.create', 'Awa Sow', 'Réseau d’alerte', 'Recommandation créée\u00A0: Réseau d’alerte'],
    ]);
    expect(forA[0]!.at > forA[1]!.at).toBe(true);
    // A recommendation in the trash keeps its log.
    expect((await call(f.store.dispatch, 'audit:list', { meetingId: f.meeting.id, recommendationId: b.id }))[0]!.action).toBe('recommendation.delete');
    const meeting = await call(f.store.dispatch, 'audit:list', { meetingId: f.meeting.id });
    expect(meeting.slice(0, 2).map((e) => e.action)).toEqual(['recommendation.delete', 'recommendation.status']);
    expect(meeting.at(-1)!.action).toBe('meeting.create');
  });

  it('refuses a recommendation of another meeting', async () => {
    const other = await call(f.store.dispatch, 'meeting:create', { title: 'Autre réunion' });
    const a = await f.create('Réseau', ['Texte.']);
    expect(errorOf(await f.store.dispatch('audit:list', { meetingId: other.id, recommendationId: a.id })).code).toBe('unknown_recommendation');
  });
});
