/**
 * Comments: threads on a recommendation, either anchored to a span of its text or general. Anchors
 * are stored against the version commented on and found again on the current head every time they
 * are read (shared/comments/anchor.ts), so they follow the text as it is edited; a comment whose text
 * is gone is kept, "detached". Only its author edits or deletes a comment (softly); anyone resolves
 * or reopens a thread. Comment text is searchable.
 */
import { locateAnchor, reanchor, type TextAnchor } from '../../../shared/comments/anchor';
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import type { CommentAnchorInfo, CommentInfo, CommentThread } from '../../../shared/domain/review';
import { PalabreError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import { applyFrenchTypography } from '../../../shared/typography/french';
import type { CommentRow } from '../db/repositories/comments';
import type { RecommendationRow } from '../db/repositories/recommendations';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { requireMeeting, requireRecommendation } from './lookups';
import { currentParticipant } from './profile';
import { reindexRecommendation } from './versioning';

export interface AddCommentInput {
  recommendationId: string;
  text: string;
  anchor?: TextAnchor | undefined;
  parentId?: string | undefined;
}

/** A new thread (anchored or general), or a reply to a thread. Returns the thread. */
export function addComment(ctx: ServiceContext, input: AddCommentInput): CommentThread {
  const row = requireRecommendation(ctx, input.recommendationId);
  const body = prepareCommentText(ctx, row, input.text);
  let parentId: string | null = null;
  if (input.parentId !== undefined) {
    if (input.anchor) throw new PalabreError('reply_with_anchor');
    const parent = requireComment(ctx, input.parentId, row.id);
    // A reply to a reply joins the thread: threads are one level deep.
    parentId = parent.parentId ?? parent.id;
    if (ctx.comments.get(parentId)?.deletedAt) throw new PalabreError('unknown_comment', parentId);
  }
  let anchorJson: string | null = null;
  if (input.anchor) {
    const head = JSON.parse(ctx.recommendations.version(row.headVersionId)!.bodyJson) as SerializedDocument;
    const located = locateAnchor(head, input.anchor);
    if (!located) throw new PalabreError('anchor_not_found', input.anchor.quote.slice(0, 80));
    anchorJson = JSON.stringify({ blockId: located.blockId, start: located.start, end: located.end, quote: located.quote } satisfies TextAnchor);
  }
  const author = currentParticipant(ctx);
  const id = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.comments.insert({
      id,
      recommendationId: row.id,
      versionId: row.headVersionId,
      parentId,
      authorId: author?.id ?? null,
      authorName: author?.name ?? null,
      body,
      anchorJson,
      createdAt: at,
    });
    reindexRecommendation(ctx, row.id);
  })();
  return threadOf(ctx, row, parentId ?? id);
}

/** The threads of a recommendation, in the order of the text: anchored ones by position, then general ones, then detached ones. */
export function listComments(ctx: ServiceContext, recommendationId: string): CommentThread[] {
  const row = requireRecommendation(ctx, recommendationId);
  return buildThreads(ctx, row);
}

/** Resolves (or reopens) the thread a comment belongs to. Doing it twice changes nothing more. */
export function setCommentResolved(ctx: ServiceContext, commentId: string, resolved: boolean): CommentThread {
  const comment = requireComment(ctx, commentId);
  const row = requireRecommendation(ctx, comment.recommendationId);
  const rootId = comment.parentId ?? comment.id;
  const root = ctx.comments.get(rootId)!;
  if ((root.resolvedAt !== null) === resolved) return threadOf(ctx, row, rootId);
  const actor = currentParticipant(ctx);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    if (resolved) ctx.comments.setResolved(rootId, at, { id: actor?.id ?? null, name: actor?.name ?? null });
    else ctx.comments.setReopened(rootId, at);
    recordAudit(ctx, {
      meetingId: row.meetingId,
      recommendationId: row.id,
      action: resolved ? 'comment.resolve' : 'comment.reopen',
      detail: { commentId: rootId, quote: quoteOf(root) },
      at,
    });
  })();
  return threadOf(ctx, row, rootId);
}

/** Changes the text of one's own comment. */
export function updateComment(ctx: ServiceContext, commentId: string, text: string): CommentThread {
  const comment = requireComment(ctx, commentId);
  const row = requireRecommendation(ctx, comment.recommendationId);
  requireOwn(ctx, comment);
  const body = prepareCommentText(ctx, row, text);
  if (body !== comment.body) {
    ctx.db.transaction(() => {
      ctx.comments.update(comment.id, body, ctx.timestamp());
      reindexRecommendation(ctx, row.id);
    })();
  }
  return threadOf(ctx, row, comment.parentId ?? comment.id);
}

/** Deletes one's own comment (softly: it leaves the lists and the search). Returns the recommendation's threads. */
export function deleteComment(ctx: ServiceContext, commentId: string): CommentThread[] {
  const comment = requireComment(ctx, commentId);
  const row = requireRecommendation(ctx, comment.recommendationId);
  requireOwn(ctx, comment);
  ctx.db.transaction(() => {
    ctx.comments.remove(comment.id, ctx.timestamp());
    reindexRecommendation(ctx, row.id);
  })();
  return buildThreads(ctx, row);
}

function requireComment(ctx: ServiceContext, commentId: string, recommendationId?: string): CommentRow {
  const comment = ctx.comments.get(commentId);
  if (!comment || comment.deletedAt || (recommendationId && comment.recommendationId !== recommendationId)) {
    throw new PalabreError('unknown_comment', commentId);
  }
  return comment;
}

function requireOwn(ctx: ServiceContext, comment: CommentRow): void {
  if (!isMine(ctx, comment)) throw new PalabreError('not_comment_author');
}

/** Written by whoever acts now; a comment written with no profile belongs to whoever has none. */
function isMine(ctx: ServiceContext, comment: Pick<CommentRow, 'authorId'>): boolean {
  return comment.authorId === (currentParticipant(ctx)?.id ?? null);
}

function prepareCommentText(ctx: ServiceContext, row: RecommendationRow, text: string): string {
  const clean = cleanText(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!clean) throw new PalabreError('empty_comment');
  return requireMeeting(ctx, row.meetingId).typography === 'fr' ? applyFrenchTypography(clean) : clean;
}

function threadOf(ctx: ServiceContext, row: RecommendationRow, rootId: string): CommentThread {
  return buildThreads(ctx, row, rootId).find((t) => t.id === rootId)!;
}

function buildThreads(ctx: ServiceContext, row: RecommendationRow, keep?: string): CommentThread[] {
  const rows = ctx.comments.list(row.id);
  const replies = new Map<string, CommentInfo[]>();
  for (const r of rows) {
    if (r.parentId && !r.deletedAt) replies.set(r.parentId, [...(replies.get(r.parentId) ?? []), infoOf(ctx, r)]);
  }
  const bodies = new Map<string, SerializedDocument>();
  const body = (versionId: string) => {
    if (!bodies.has(versionId)) bodies.set(versionId, JSON.parse(ctx.recommendations.version(versionId)!.bodyJson) as SerializedDocument);
    return bodies.get(versionId)!;
  };
  const threads = rows
    // A deleted thread stays as a placeholder while it has replies.
    .filter((r) => !r.parentId && (!r.deletedAt || (replies.get(r.id)?.length ?? 0) > 0 || r.id === keep))
    .map((r): CommentThread => ({
      ...infoOf(ctx, r),
      anchor: anchorOf(r, row.headVersionId, body),
      resolved: r.resolvedAt !== null,
      resolvedAt: r.resolvedAt,
      resolvedByName: r.resolvedByName,
      replies: replies.get(r.id) ?? [],
    }));
  const place = (t: CommentThread) => (t.anchor === null ? 1 : t.anchor.current ? 0 : 2);
  return threads.sort(
    (a, b) =>
      place(a) - place(b) ||
      (a.anchor?.current?.blockIndex ?? 0) - (b.anchor?.current?.blockIndex ?? 0) ||
      (a.anchor?.current?.start ?? 0) - (b.anchor?.current?.start ?? 0) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

function infoOf(ctx: ServiceContext, r: CommentRow): CommentInfo {
  return {
    id: r.id,
    recommendationId: r.recommendationId,
    parentId: r.parentId,
    authorId: r.authorId,
    authorName: r.authorName,
    authorDelegation: r.authorDelegation,
    text: r.deletedAt ? '' : r.body,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deleted: r.deletedAt !== null,
    mine: isMine(ctx, r),
  };
}

function anchorOf(r: CommentRow, headVersionId: string, body: (versionId: string) => SerializedDocument): CommentAnchorInfo | null {
  const anchor = parseAnchor(r.anchorJson);
  if (!anchor || !r.versionId) return null;
  const original = { ...anchor, versionId: r.versionId };
  if (r.versionId === headVersionId) {
    const here = locateAnchor(body(headVersionId), anchor);
    if (here && here.start === anchor.start) return { original, state: 'exact', current: here };
  }
  const { state, current } = reanchor(anchor, body(r.versionId), body(headVersionId));
  return { original, state, current };
}

function parseAnchor(json: string | null): TextAnchor | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<TextAnchor> | null;
    if (value && typeof value.blockId === 'string' && typeof value.start === 'number' && typeof value.end === 'number' && typeof value.quote === 'string') {
      return { blockId: value.blockId, start: value.start, end: value.end, quote: value.quote };
    }
  } catch {
    // A malformed anchor (a foreign file) reads as a general comment, never as an error.
  }
  return null;
}

function quoteOf(comment: CommentRow): string | null {
  return parseAnchor(comment.anchorJson)?.quote ?? null;
}
