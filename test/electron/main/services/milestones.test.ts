import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { renderDiffText } from '../../../../shared/diff/render';
import type { Recommendation } from '../../../../shared/domain/types';
import { errorOf, rowCounts } from '../../../helpers/tempDb';
import { reviewFixture, type ReviewFixture } from './reviewFixture';

let f: ReviewFixture;
let recs: Recommendation[];
beforeEach(async () => {
  f = await reviewFixture();
  recs = [];
  for (const [title, committee] of [
    ['Réseau d’alerte', f.alerte],
    ['Indicateurs communs', f.alerte],
    ['Doublon à retirer', f.alerte],
    ['Chefs traditionnels', f.alerte],
    ['Formation des diplomates', f.diplomates],
    ['Échanges de personnel', f.diplomates],
    ['Langues', f.diplomates],
  ] as const) {
    recs.push(await f.create(title, [`Les États membres traitent de ${title.toLowerCase()}.`], committee));
  }
});
afterEach(() => f.store.cleanup());

const milestone = (name: string) => call(f.store.dispatch, 'milestone:create', { meetingId: f.meeting.id, name });
const compare = (fromMilestoneId: string, toMilestoneId?: string | null) =>
  call(f.store.dispatch, 'milestone:compare', { meetingId: f.meeting.id, fromMilestoneId, toMilestoneId });

describe('milestones', () => {
  it('snapshot every recommendation, and are listed oldest first', async () => {
    const first = await milestone('  Projet   soumis à la plénière ');
    expect(first).toMatchObject({ name: 'Projet soumis à la plénière', createdByName: 'Awa Sow', recommendationCount: 7, meetingId: f.meeting.id });
    const second = await milestone('Texte adopté');
    expect((await call(f.store.dispatch, 'milestone:list', { meetingId: f.meeting.id })).map((m) => m.name)).toEqual(['Projet soumis à la plénière', 'Texte adopté']);
    expect(second.createdAt > first.createdAt).toBe(true);
    const audit = await call(f.store.dispatch, 'audit:list', { meetingId: f.meeting.id });
    expect(audit[0]!.summary).toEqual({ fr: 'Jalon posé\u00A0: «\u00A0Texte adopté\u00A0»', en: 'Milestone set: “Texte adopté”' });
  });

  it('refuse a name already taken in the meeting (whatever its case or accents), writing nothing', async () => {
    await milestone('Projet soumis à la plénière');
    const before = rowCounts(f.store.db);
    const error = errorOf(await f.store.dispatch('milestone:create', { meetingId: f.meeting.id, name: 'PROJET SOUMIS A LA PLENIERE' }));
    expect(error.code).toBe('duplicate_milestone');
    expect(errorOf(await f.store.dispatch('milestone:create', { meetingId: f.meeting.id, name: '  ' })).code).toBe('empty_name');
    expect(rowCounts(f.store.db)).toEqual(before);
  });

  it('compare: added, removed, changed (with the redline), renumbered, unchanged', async () => {
    const plenary = await milestone('Projet soumis à la plénière');
    // In plenary: a duplicate is withdrawn, another recommendation deleted, one edited, one moved, one added.
    await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: recs[2]!.id, status: 'withdrawn' });
    await call(f.store.dispatch, 'recommendation:delete', { recommendationId: recs[3]!.id });
    await f.save(recs[1]!, ['Les États membres adoptent des indicateurs communs et des seuils gradués.']);
    await call(f.store.dispatch, 'recommendation:move', { recommendationId: recs[6]!.id, committeeId: f.diplomates.id, position: 1 });
    await f.create('Plateforme d’échange', ['Une plateforme sécurisée est créée.'], f.diplomates);

    const now = await compare(plenary.id, null);
    expect(now.to).toBeNull();
    expect(now.added.map((r) => [r.title, r.numberBefore, r.numberAfter])).toEqual([['Plateforme d’échange', null, '6']]);
    expect(now.removed.map((r) => [r.title, r.numberBefore, r.reason])).toEqual([
      ['Doublon à retirer', '3', 'withdrawn'],
      ['Chefs traditionnels', '4', 'deleted'],
    ]);
    expect(now.changed.map((r) => [r.title, r.numberBefore, r.numberAfter])).toEqual([['Indicateurs communs', '2', '2']]);
    expect(renderDiffText(now.changed[0]!.diff.body, 'fr')).toBe(
      'Les États membres [-traitent de-]{+adoptent des+} indicateurs communs{+ et des seuils gradués+}.',
    );
    // « Langues » was 7 and is now 3: its delegation finds it again.
    expect(now.renumbered.map((r) => [r.title, r.numberBefore, r.numberAfter])).toEqual([
      ['Langues', '7', '3'],
      ['Formation des diplomates', '5', '4'],
      ['Échanges de personnel', '6', '5'],
    ]);
    expect(now.unchangedCount).toBe(4);

    // Milestone to milestone gives the same answer, and later edits do not change a milestone.
    const adopted = await milestone('Texte adopté');
    await f.save(await f.get(recs[0]!.id), ['Texte modifié après l’adoption.']);
    const between = await compare(plenary.id, adopted.id);
    expect({ ...between, to: null }).toEqual({ ...now, to: null });
    expect((await compare(adopted.id)).changed.map((r) => r.title)).toEqual(['Réseau d’alerte']);
  });

  it('count a recommendation whose changes were undone as unchanged', async () => {
    const start = await milestone('Début');
    await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: recs[0]!.id, status: 'under_review' });
    await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: recs[0]!.id, status: 'draft' });
    const result = await compare(start.id);
    expect(result).toMatchObject({ added: [], removed: [], changed: [], renumbered: [], unchangedCount: 7 });
  });

  it('refuse a milestone of another meeting', async () => {
    const other = await call(f.store.dispatch, 'meeting:create', { title: 'Autre réunion' });
    const foreign = await call(f.store.dispatch, 'milestone:create', { meetingId: other.id, name: 'Jalon' });
    expect(errorOf(await f.store.dispatch('milestone:compare', { meetingId: f.meeting.id, fromMilestoneId: foreign.id })).code).toBe('unknown_milestone');
  });
});
