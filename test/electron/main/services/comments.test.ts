import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import type { CommentThread } from '../../../../shared/domain/review';
import type { Recommendation } from '../../../../shared/domain/types';
import { errorOf, rowCounts } from '../../../helpers/tempDb';
import { reviewFixture, type ReviewFixture } from './reviewFixture';

let f: ReviewFixture;
let rec: Recommendation;
const P1 = 'Considérant que les crises se préparent pendant des mois\u202F;';
const P2 = 'Les États membres créent un mécanisme d’alerte précoce relié aux ministères.';
beforeEach(async () => {
  f = await reviewFixture();
  rec = await f.create('Créer un mécanisme d’alerte', [P1, P2]);
});
afterEach(() => f.store.cleanup());

const blockId = (r: Recommendation, i: number) => r.body.root.children[i]!.$!.uid as string;
/** A comment on `quote`, found in paragraph `i` of the current text. */
async function commentOn(quote: string, i = 1, text = 'Préciser.'): Promise<CommentThread> {
  const current = await f.get(rec.id);
  const paragraph = [P1, P2][i]!;
  const start = paragraph.indexOf(quote);
  return call(f.store.dispatch, 'comment:add', { recommendationId: rec.id, text, anchor: { blockId: blockId(current, i), start, end: start + quote.length, quote } });
}
const list = () => call(f.store.dispatch, 'comment:list', { recommendationId: rec.id });
/** The text each thread now points at, and how it was found. */
async function anchors(): Promise<Array<[string, string | null, string]>> {
  const current = await f.get(rec.id);
  const texts = new Map(current.body.root.children.map((n) => [n.$!.uid as string, n.children!.map((c) => c.text).join('')]));
  return (await list()).map((t) => [t.text, t.anchor?.current ? texts.get(t.anchor.current.blockId)!.slice(t.anchor.current.start, t.anchor.current.end) : null, t.anchor?.state ?? 'general']);
}

describe('comment anchors on a recommendation being edited', () => {
  it('survive edits before, inside and after their span', async () => {
    await commentOn('États membres', 1, 'avant');
    await commentOn('mécanisme d’alerte précoce', 1, 'milieu');
    await commentOn('ministères', 1, 'après');
    // Edit before « mécanisme… », inside it, and after « ministères ».
    await f.save(rec, [P1, 'Dès 2026, les États membres créent un mécanisme confédéral d’alerte précoce relié aux ministères et aux gouvernorats.']);
    expect(await anchors()).toEqual([
      ['avant', 'États membres', 'exact'],
      ['milieu', 'mécanisme confédéral d’alerte précoce', 'fuzzy'],
      ['après', 'ministères', 'exact'],
    ]);
    // And again: the anchors follow from the version they were made on, whatever happened in between.
    await f.save(await f.get(rec.id), [P1, 'En 2026, les États membres créent un mécanisme confédéral d’alerte précoce relié aux ministères et aux gouvernorats.']);
    expect((await anchors()).map(([text, span]) => [text, span])).toEqual([
      ['avant', 'États membres'],
      ['milieu', 'mécanisme confédéral d’alerte précoce'],
      ['après', 'ministères'],
    ]);
  });

  it('are exact on the version they were made on, and follow a paragraph inserted before theirs', async () => {
    const thread = await commentOn('mécanisme d’alerte précoce');
    expect(thread.anchor).toMatchObject({ state: 'exact', current: { quote: 'mécanisme d’alerte précoce', blockIndex: 1 } });
    expect(thread.anchor!.original).toMatchObject({ versionId: rec.headVersionId, quote: 'mécanisme d’alerte précoce' });
    const current = await f.get(rec.id);
    await call(f.store.dispatch, 'recommendation:save', {
      recommendationId: rec.id,
      baseVersionId: current.headVersionId,
      title: rec.title,
      body: { root: { ...current.body.root, children: [current.body.root.children[0]!, { ...current.body.root.children[0]!, $: { uid: 'nouveau' }, children: [{ type: 'text', version: 1, text: 'Notant les travaux antérieurs.', format: 0 }] }, current.body.root.children[1]!] } },
    });
    expect((await list())[0]!.anchor).toMatchObject({ state: 'exact', current: { blockIndex: 2, quote: 'mécanisme d’alerte précoce' } });
  });

  it('are kept, detached, when their text is gone', async () => {
    await commentOn('mécanisme d’alerte précoce', 1, 'sur le mécanisme');
    await f.save(rec, [P1, 'Les ministres se réunissent chaque année.']);
    const [thread] = await list();
    expect(thread).toMatchObject({ text: 'sur le mécanisme', anchor: { state: 'detached', current: null, original: { quote: 'mécanisme d’alerte précoce' } } });
  });

  it('are refused, writing nothing, when the quote is not in the current text', async () => {
    const before = rowCounts(f.store.db);
    const error = errorOf(
      await f.store.dispatch('comment:add', { recommendationId: rec.id, text: 'x', anchor: { blockId: blockId(rec, 1), start: 0, end: 5, quote: 'absent' } }),
    );
    expect(error.code).toBe('anchor_not_found');
    expect(error.message.fr).toBe('Le passage «\u00A0absent\u00A0» est introuvable dans le texte actuel\u202F; sélectionnez-le à nouveau.');
    expect(rowCounts(f.store.db)).toEqual(before);
  });
});

describe('comment threads', () => {
  it('hold replies, anchored threads in text order, then general ones', async () => {
    const general = await call(f.store.dispatch, 'comment:add', { recommendationId: rec.id, text: 'Texte à raccourcir dans l\'ensemble : trop long' });
    const late = await commentOn('ministères', 1, 'Lesquels ?');
    const early = await commentOn('crises', 0, 'Lesquelles ?');
    await f.actAs(f.issouf);
    const thread = await call(f.store.dispatch, 'comment:add', { recommendationId: rec.id, text: 'Ceux de la défense.', parentId: late.id });
    // A reply to a reply joins the thread.
    const [reply] = thread.replies;
    await call(f.store.dispatch, 'comment:add', { recommendationId: rec.id, text: 'Et de l’intérieur.', parentId: reply!.id });
    const threads = await list();
    expect(threads.map((t) => [t.id, t.replies.map((r) => r.text)])).toEqual([
      [early.id, []],
      [late.id, ['Ceux de la défense.', 'Et de l’intérieur.']],
      [general.id, []],
    ]);
    // French typography on what is written in a French meeting; who wrote what.
    expect(threads[2]).toMatchObject({ text: 'Texte à raccourcir dans l’ensemble\u00A0: trop long', authorName: 'Awa Sow', authorDelegation: 'Mali', mine: false, anchor: null });
    expect(threads[1]!.replies[0]).toMatchObject({ authorName: 'Issouf Ouédraogo', parentId: late.id, mine: true });
    expect((await f.get(rec.id)).openCommentCount).toBe(3);
  });

  it('are resolved and reopened by anyone, and that is logged', async () => {
    const thread = await commentOn('ministères');
    await f.actAs(f.issouf);
    const resolved = await call(f.store.dispatch, 'comment:resolve', { commentId: thread.id });
    expect(resolved).toMatchObject({ resolved: true, resolvedByName: 'Issouf Ouédraogo' });
    expect((await f.get(rec.id)).openCommentCount).toBe(0);
    const reopened = await call(f.store.dispatch, 'comment:reopen', { commentId: thread.id });
    expect(reopened).toMatchObject({ resolved: false, resolvedAt: null, resolvedByName: null });
    const audit = await call(f.store.dispatch, 'audit:list', { meetingId: f.meeting.id, recommendationId: rec.id });
    expect(audit.slice(0, 2).map((e) => [e.action, e.actorName])).toEqual([
      ['comment.reopen', 'Issouf Ouédraogo'],
      ['comment.resolve', 'Issouf Ouédraogo'],
    ]);
  });

  it('are edited and deleted by their author only', async () => {
    const thread = await commentOn('ministères', 1, 'Lesquels ?');
    await f.actAs(f.issouf);
    const before = rowCounts(f.store.db);
    expect(errorOf(await f.store.dispatch('comment:update', { commentId: thread.id, text: 'Autre chose' })).code).toBe('not_comment_author');
    expect(errorOf(await f.store.dispatch('comment:delete', { commentId: thread.id })).code).toBe('not_comment_author');
    expect(rowCounts(f.store.db)).toEqual(before);
    const reply = await call(f.store.dispatch, 'comment:add', { recommendationId: rec.id, text: 'Réponse.', parentId: thread.id });

    await f.actAs(f.awa);
    const updated = await call(f.store.dispatch, 'comment:update', { commentId: thread.id, text: 'Lesquels, précisément ?' });
    expect(updated).toMatchObject({ text: 'Lesquels, précisément\u202F?', mine: true });
    expect(updated.updatedAt).not.toBeNull();
    // Deleted while it has a reply: the thread stays, as a placeholder.
    const threads = await call(f.store.dispatch, 'comment:delete', { commentId: thread.id });
    expect(threads).toEqual([expect.objectContaining({ id: thread.id, deleted: true, text: '', replies: [expect.objectContaining({ id: reply.replies[0]!.id })] })]);
    expect(errorOf(await f.store.dispatch('comment:update', { commentId: thread.id, text: 'x' })).code).toBe('unknown_comment');
    expect(errorOf(await f.store.dispatch('comment:add', { recommendationId: rec.id, text: 'vide', parentId: thread.id })).code).toBe('unknown_comment');
  });

  it('are found by search, and leave it when deleted', async () => {
    const thread = await call(f.store.dispatch, 'comment:add', { recommendationId: rec.id, text: 'Associer les gouverneurs de région.' });
    const search = () => call(f.store.dispatch, 'search:query', { meetingId: f.meeting.id, query: 'gouverneurs region' }).then((r) => r.hits);
    expect((await search()).map((h) => [h.recommendationId, h.matchedIn])).toEqual([[rec.id, 'comments']]);
    await call(f.store.dispatch, 'comment:delete', { commentId: thread.id });
    expect(await search()).toEqual([]);
  });

  it('refuse an empty text and a reply with an anchor', async () => {
    const thread = await commentOn('ministères');
    expect(errorOf(await f.store.dispatch('comment:add', { recommendationId: rec.id, text: '   ' })).code).toBe('empty_comment');
    expect(errorOf(await f.store.dispatch('comment:add', { recommendationId: rec.id, text: '\u0001\u0002' })).code).toBe('empty_comment');
    const { blockId: b, start, end, quote } = thread.anchor!.current!;
    expect(errorOf(await f.store.dispatch('comment:add', { recommendationId: rec.id, text: 'x', parentId: thread.id, anchor: { blockId: b, start, end, quote } })).code).toBe('reply_with_anchor');
  });
});
