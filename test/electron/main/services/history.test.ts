import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { renderDiffText } from '../../../../shared/diff/render';
import { errorOf, rowCounts } from '../../../helpers/tempDb';
import { paragraphsOf, reviewFixture, type ReviewFixture } from './reviewFixture';

let f: ReviewFixture;
beforeEach(async () => {
  f = await reviewFixture();
});
afterEach(() => f.store.cleanup());

const FIRST = ['Les États membres créent un mécanisme d’alerte précoce.', 'Il est relié aux ministères.'];

describe('the history of a recommendation', () => {
  it('lists every version with its author, time, origin and parents, newest first', async () => {
    const v1 = await f.create('Créer un mécanisme d’alerte', FIRST);
    await f.actAs(f.issouf);
    const v2 = await f.save(v1, [FIRST[0]!, 'Il est relié aux ministères et aux gouvernorats.']);
    const v3 = await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: v1.id, status: 'under_review' });
    const history = await call(f.store.dispatch, 'recommendation:history', { recommendationId: v1.id });
    expect(history.map((v) => [v.id, v.authorName, v.origin, v.parentIds, v.isHead, v.fields.status])).toEqual([
      [v3.headVersionId, 'Issouf Ouédraogo', 'edit', [v2.headVersionId], true, 'under_review'],
      [v2.headVersionId, 'Issouf Ouédraogo', 'edit', [v1.headVersionId], false, 'draft'],
      [v1.headVersionId, 'Awa Sow', 'create', [], false, 'draft'],
    ]);
    expect(history[2]).toMatchObject({ authorId: f.awa.id, coauthors: [], amendmentId: null, wordCount: 13 });
    expect(history[0]!.createdAt > history[1]!.createdAt).toBe(true);
  });

  it('compares any two versions word by word, with the fields that changed', async () => {
    const v1 = await f.create('Créer un mécanisme d’alerte', FIRST);
    const v2 = await f.save(v1, ['Les États membres créent sans délai un mécanisme confédéral d’alerte précoce.', 'Il est relié aux ministères.'], 'Créer un mécanisme confédéral d’alerte');
    const v3 = await call(f.store.dispatch, 'recommendation:setFields', { recommendationId: v1.id, priority: 'high', addressees: ['Conseil des Ministres'] });
    const diff = await call(f.store.dispatch, 'recommendation:diff', { recommendationId: v1.id, fromVersionId: v1.headVersionId, toVersionId: v3.headVersionId });
    expect(diff.identical).toBe(false);
    expect(diff.from).toMatchObject({ id: v1.headVersionId, origin: 'create', authorName: 'Awa Sow' });
    expect(diff.title.runs.filter((r) => r.kind === 'insert').map((r) => r.text)).toEqual(['confédéral ']);
    expect(renderDiffText(diff.body, 'fr', { changedOnly: true })).toBe('Les États membres créent {+sans délai +}un mécanisme {+confédéral +}d’alerte précoce.');
    expect(diff.fields).toEqual([
      { field: 'addressees', before: [], after: ['Conseil des Ministres'] },
      { field: 'priority', before: null, after: 'high' },
    ]);
    // The other way round: the same changes, reversed.
    const back = await call(f.store.dispatch, 'recommendation:diff', { recommendationId: v1.id, fromVersionId: v2.headVersionId, toVersionId: v1.headVersionId });
    expect(renderDiffText(back.body, 'fr', { changedOnly: true })).toBe('Les États membres créent [-sans délai -]un mécanisme [-confédéral -]d’alerte précoce.');
    const same = await call(f.store.dispatch, 'recommendation:diff', { recommendationId: v1.id, fromVersionId: v2.headVersionId, toVersionId: v2.headVersionId });
    expect(same).toMatchObject({ identical: true, fields: [] });
  });

  it('refuses a version of another recommendation', async () => {
    const a = await f.create('A', ['Texte A.']);
    const b = await f.create('B', ['Texte B.']);
    const error = errorOf(await f.store.dispatch('recommendation:diff', { recommendationId: a.id, fromVersionId: a.headVersionId, toVersionId: b.headVersionId }));
    expect(error.code).toBe('unknown_version');
    expect(error.message.fr).toBe(`Version introuvable pour cette recommandation\u00A0: ${b.headVersionId}`);
  });
});

describe('restoring a version', () => {
  it('appends a new version with the old text and fields, keeping status and committee, and logs it', async () => {
    const v1 = await f.create('Créer un mécanisme d’alerte', FIRST);
    const withFields = await call(f.store.dispatch, 'recommendation:setFields', { recommendationId: v1.id, horizon: '2026' });
    const v3 = await f.save(withFields, ['Texte entièrement réécrit, par erreur.'], 'Titre changé');
    await call(f.store.dispatch, 'recommendation:setFields', { recommendationId: v1.id, horizon: '2030' });
    const agreed = await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: v1.id, status: 'under_review' });
    const historyBefore = await call(f.store.dispatch, 'recommendation:history', { recommendationId: v1.id });

    await f.actAs(f.issouf);
    const restored = await call(f.store.dispatch, 'recommendation:restoreVersion', { recommendationId: v1.id, versionId: withFields.headVersionId });
    expect(restored.title).toBe('Créer un mécanisme d’alerte');
    expect(paragraphsOf(restored)).toEqual(FIRST);
    expect(restored).toMatchObject({ horizon: '2026', status: 'under_review', committeeId: f.alerte.id, lastEditorName: 'Issouf Ouédraogo' });

    const history = await call(f.store.dispatch, 'recommendation:history', { recommendationId: v1.id });
    // Nothing rewritten: the same versions, plus one.
    expect(history.slice(1).map((v) => v.id)).toEqual(historyBefore.map((v) => v.id));
    expect(history[0]).toMatchObject({ id: restored.headVersionId, origin: 'restore', parentIds: [agreed.headVersionId], authorName: 'Issouf Ouédraogo' });
    const diff = await call(f.store.dispatch, 'recommendation:diff', { recommendationId: v1.id, fromVersionId: withFields.headVersionId, toVersionId: restored.headVersionId });
    expect(diff.body.identical && diff.title.before === diff.title.after).toBe(true);
    expect(diff.fields).toEqual([{ field: 'status', before: 'draft', after: 'under_review' }]);
    expect(v3.headVersionId).not.toBe(restored.headVersionId);

    const audit = await call(f.store.dispatch, 'audit:list', { meetingId: f.meeting.id, recommendationId: v1.id });
    expect(audit[0]).toMatchObject({ action: 'recommendation.restoreVersion', actorName: 'Issouf Ouédraogo', detail: { versionId: withFields.headVersionId, newVersionId: restored.headVersionId } });
    expect(audit[0]!.summary.fr).toMatch(/^Version du 2025-03-10 \d\d:\d\d \(Awa Sow\) rétablie$/);
  });

  it('writes nothing when the version holds what the recommendation already has', async () => {
    const v1 = await f.create('Titre', FIRST);
    const v2 = await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: v1.id, status: 'under_review' });
    const before = rowCounts(f.store.db);
    // v1 differs only by its status, which a restore leaves as it is.
    expect(await call(f.store.dispatch, 'recommendation:restoreVersion', { recommendationId: v1.id, versionId: v1.headVersionId })).toEqual(v2);
    expect(rowCounts(f.store.db)).toEqual(before);
  });

  it('refuses an unknown version and an amendment’s proposal, writing nothing', async () => {
    const v1 = await f.create('Titre', FIRST);
    const other = await f.create('Autre', ['Autre texte.']);
    const amendment = await call(f.store.dispatch, 'amendment:propose', { recommendationId: v1.id, body: { ...v1.body, root: { ...v1.body.root, children: v1.body.root.children.slice(0, 1) } } });
    const before = rowCounts(f.store.db);
    expect(errorOf(await f.store.dispatch('recommendation:restoreVersion', { recommendationId: v1.id, versionId: other.headVersionId })).code).toBe('unknown_version');
    const refused = errorOf(await f.store.dispatch('recommendation:restoreVersion', { recommendationId: v1.id, versionId: amendment.versionId }));
    expect(refused.code).toBe('version_is_amendment');
    expect(rowCounts(f.store.db)).toEqual(before);
  });
});
