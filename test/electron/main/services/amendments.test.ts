import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { paragraphNode, textBlocks, textNode, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { Amendment } from '../../../../shared/domain/review';
import type { Recommendation } from '../../../../shared/domain/types';
import { errorOf, rowCounts } from '../../../helpers/tempDb';
import { paragraphsOf, reviewFixture, type ReviewFixture } from './reviewFixture';

let f: ReviewFixture;
let rec: Recommendation;
const P1 = 'Les États membres créent un mécanisme d’alerte précoce.';
const P2 = 'Le mécanisme est relié aux ministères chaque année.';
beforeEach(async () => {
  f = await reviewFixture();
  rec = await f.create('Créer un mécanisme d’alerte', [P1, P2]);
});
afterEach(() => f.store.cleanup());

/** The recommendation's body with new paragraph texts, each keeping its stable id (as the editor sends it). */
function edited(r: Recommendation, texts: string[]): SerializedDocument {
  const uids = textBlocks(r.body).map((b) => b.uid);
  return { root: { ...r.body.root, children: texts.map((t, i) => paragraphNode([textNode(t)], uids[i])) } };
}
/** Awa proposes: three changes, two in the first paragraph, one in the second. */
async function propose(): Promise<Amendment> {
  return call(f.store.dispatch, 'amendment:propose', {
    recommendationId: rec.id,
    body: edited(rec, ['Les États membres créent sans délai un mécanisme confédéral d’alerte précoce.', 'Le mécanisme est relié aux ministères tous les six mois.']),
    note: 'Plus de régularité.',
  });
}
const review = (amendmentId: string) => call(f.store.dispatch, 'amendment:review', { amendmentId });

describe('proposing an amendment', () => {
  it('stores a version that is not the head, and counts it as pending', async () => {
    const amendment = await propose();
    expect(amendment).toMatchObject({
      recommendationId: rec.id,
      baseVersionId: rec.headVersionId,
      authorName: 'Awa Sow',
      authorDelegation: 'Mali',
      title: rec.title,
      note: 'Plus de régularité.',
      status: 'pending',
      recommendationNumber: '1',
      headMoved: false,
    });
    // The recommendation itself is untouched.
    expect(await f.get(rec.id)).toEqual({ ...rec, pendingAmendmentCount: 1 });
    expect((await call(f.store.dispatch, 'meeting:get', { meetingId: f.meeting.id })).pendingAmendmentCount).toBe(1);
    // The versions panel shows the text's versions; the history shows the proposal too, marked.
    expect((await call(f.store.dispatch, 'recommendation:versions', { recommendationId: rec.id })).map((v) => v.id)).toEqual([rec.headVersionId]);
    const history = await call(f.store.dispatch, 'recommendation:history', { recommendationId: rec.id });
    expect(history.map((v) => [v.id, v.parentIds, v.isHead, v.amendmentId, v.amendmentStatus])).toEqual([
      [amendment.versionId, [rec.headVersionId], false, amendment.id, 'pending'],
      [rec.headVersionId, [], true, null, null],
    ]);
    expect(await call(f.store.dispatch, 'amendment:list', { meetingId: f.meeting.id })).toEqual([amendment]);
    expect(await call(f.store.dispatch, 'amendment:list', { recommendationId: rec.id })).toEqual([amendment]);
  });

  it('is refused when it changes nothing, writing nothing', async () => {
    const before = rowCounts(f.store.db);
    const error = errorOf(await f.store.dispatch('amendment:propose', { recommendationId: rec.id, body: rec.body, title: `  ${rec.title} ` }));
    expect(error.code).toBe('amendment_empty');
    expect(rowCounts(f.store.db)).toEqual(before);
  });
});

describe('deciding on an amendment', () => {
  it('accepting two changes and rejecting the third gives exactly the expected text, credited to both', async () => {
    const amendment = await propose();
    await f.actAs(f.issouf);
    const { hunks, body } = await review(amendment.id);
    expect(hunks.map((h) => [h.kind, h.deleted, h.inserted, h.conflict])).toEqual([
      ['insert', '', 'sans délai ', false],
      ['insert', '', 'confédéral ', false],
      ['replace', 'chaque année', 'tous les six mois', false],
    ]);
    // Each changed run of the redline carries its change's id (a replacement: its deletion and its insertion).
    expect([...new Set(body.blocks.flatMap((b) => b.runs).filter((r) => r.kind !== 'equal').map((r) => r.hunkId))]).toEqual(hunks.map((h) => h.id));

    const [sansDelai, confederal, sixMois] = hunks.map((h) => h.id);
    const decision = await call(f.store.dispatch, 'amendment:decide', { amendmentId: amendment.id, accept: [sansDelai!, sixMois!], reject: [confederal!] });
    expect(paragraphsOf(decision.recommendation)).toEqual([
      'Les États membres créent sans délai un mécanisme d’alerte précoce.',
      'Le mécanisme est relié aux ministères tous les six mois.',
    ]);
    expect(decision).toMatchObject({ accepted: [sansDelai, sixMois], rejected: [confederal] });
    expect(decision.amendment).toMatchObject({ status: 'partially_accepted', decidedByName: 'Issouf Ouédraogo', resultVersionId: decision.recommendation.headVersionId });
    // Paragraph ids are kept: later merges still align them.
    expect(textBlocks(decision.recommendation.body).map((b) => b.uid)).toEqual(textBlocks(rec.body).map((b) => b.uid));

    const [head] = await call(f.store.dispatch, 'recommendation:history', { recommendationId: rec.id });
    expect(head).toMatchObject({
      origin: 'merge',
      parentIds: [rec.headVersionId, amendment.versionId],
      authorName: 'Issouf Ouédraogo',
      coauthors: [{ id: f.awa.id, name: 'Awa Sow' }],
      isHead: true,
    });
    expect((await call(f.store.dispatch, 'meeting:get', { meetingId: f.meeting.id })).pendingAmendmentCount).toBe(0);
    const [entry] = await call(f.store.dispatch, 'audit:list', { meetingId: f.meeting.id, recommendationId: rec.id });
    expect(entry).toMatchObject({ action: 'amendment.decide', actorName: 'Issouf Ouédraogo' });
    expect(entry!.summary).toEqual({
      fr: 'Amendement de Awa Sow accepté en partie (2 acceptée(s), 1 rejetée(s))',
      en: 'Amendment by Awa Sow partly accepted (2 accepted, 1 rejected)',
    });
  });

  it('accepting all gives the amendment’s text, title and fields', async () => {
    const amendment = await call(f.store.dispatch, 'amendment:propose', {
      recommendationId: rec.id,
      title: 'Créer un mécanisme confédéral d’alerte',
      body: edited(rec, [P1, 'Le mécanisme est relié aux ministères.', 'Il publie un bulletin mensuel.']),
      addressees: ['Conseil des Ministres'],
      priority: 'high',
    });
    const { hunks, fields, title } = await review(amendment.id);
    expect(hunks.map((h) => h.kind)).toEqual(['title', 'delete', 'block-insert', 'field', 'field']);
    expect(fields.map((c) => [c.field, c.before, c.after])).toEqual([
      ['addressees', [], ['Conseil des Ministres']],
      ['priority', null, 'high'],
    ]);
    expect(title.hunkId).toBe(hunks[0]!.id);
    const { recommendation, amendment: decided } = await call(f.store.dispatch, 'amendment:decide', { amendmentId: amendment.id, acceptAll: true });
    expect(recommendation).toMatchObject({ title: 'Créer un mécanisme confédéral d’alerte', addressees: ['Conseil des Ministres'], priority: 'high', status: 'draft' });
    expect(paragraphsOf(recommendation)).toEqual([P1, 'Le mécanisme est relié aux ministères.', 'Il publie un bulletin mensuel.']);
    // Decided by its own author: no one else to credit.
    expect(decided.status).toBe('accepted');
    expect((await call(f.store.dispatch, 'recommendation:history', { recommendationId: rec.id }))[0]!.coauthors).toEqual([]);
  });

  it('rejecting all writes no version, and records the decision', async () => {
    const amendment = await propose();
    const versions = (await call(f.store.dispatch, 'recommendation:history', { recommendationId: rec.id })).length;
    const { amendment: decided, recommendation } = await call(f.store.dispatch, 'amendment:decide', { amendmentId: amendment.id, rejectAll: true });
    expect(decided).toMatchObject({ status: 'rejected', resultVersionId: null });
    expect(recommendation.headVersionId).toBe(rec.headVersionId);
    expect(await call(f.store.dispatch, 'recommendation:history', { recommendationId: rec.id })).toHaveLength(versions);
    // Once decided, it is not decided again.
    const again = errorOf(await f.store.dispatch('amendment:decide', { amendmentId: amendment.id, acceptAll: true }));
    expect(again).toEqual({
      code: 'amendment_decided',
      message: { fr: 'Cet amendement a déjà été examiné (rejeté).', en: 'This amendment has already been decided (rejected).' },
    });
    expect(errorOf(await f.store.dispatch('amendment:review', { amendmentId: amendment.id })).code).toBe('amendment_decided');
  });

  it('refuses a change the review no longer has, or one both accepted and rejected, writing nothing', async () => {
    const amendment = await propose();
    const { hunks } = await review(amendment.id);
    const before = rowCounts(f.store.db);
    const stale = errorOf(await f.store.dispatch('amendment:decide', { amendmentId: amendment.id, accept: ['h000000000000'] }));
    expect(stale.code).toBe('stale_review');
    const both = errorOf(await f.store.dispatch('amendment:decide', { amendmentId: amendment.id, accept: [hunks[0]!.id], reject: [hunks[0]!.id] }));
    expect(both.code).toBe('conflicting_decision');
    expect(rowCounts(f.store.db)).toEqual(before);
  });

  it('reviews against today’s text: later edits elsewhere are kept, a paragraph edited on both sides is a conflict', async () => {
    const amendment = await propose();
    // Meanwhile, the rapporteur edits the second paragraph and adds a third.
    await f.actAs(f.issouf);
    const moved = await f.save(rec, [P1, 'Le mécanisme est relié aux ministères chaque année, au moins.', 'Il rend compte au Conseil.']);
    const { hunks, amendment: shown } = await review(amendment.id);
    expect(shown.headMoved).toBe(true);
    expect(hunks.map((h) => [h.inserted, h.conflict])).toEqual([
      ['sans délai ', false],
      ['confédéral ', false],
      ['tous les six mois', true],
    ]);
    const { recommendation } = await call(f.store.dispatch, 'amendment:decide', { amendmentId: amendment.id, accept: [hunks[0]!.id, hunks[1]!.id] });
    expect(paragraphsOf(recommendation)).toEqual([
      'Les États membres créent sans délai un mécanisme confédéral d’alerte précoce.',
      'Le mécanisme est relié aux ministères chaque année, au moins.',
      'Il rend compte au Conseil.',
    ]);
    expect((await call(f.store.dispatch, 'recommendation:history', { recommendationId: rec.id }))[0]!.parentIds).toEqual([moved.headVersionId, amendment.versionId]);
  });
});
