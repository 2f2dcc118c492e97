/**
 * Use-cases of drafting: create a recommendation, save an edit as a new version, read its history.
 * Every save appends an immutable version whose parent is the previous head: the history is a DAG
 * per recommendation and is never rewritten.
 */
import type { Recommendation, RecommendationSummary, VersionInfo, VersionOrigin } from '../../../shared/domain/types';
import { computeNumbers, sortInReadingOrder } from '../../../shared/domain/numbering';
import {
  countWords,
  documentToPlainText,
  emptyDocument,
  withBlockIds,
  type SerializedDocument,
} from '../../../shared/document/lexicalJson';
import { checkDocument } from '../../../shared/document/validate';
import { PalabreError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import type { ServiceContext } from './context';
import { requireCommittee, requireMeeting } from './meetings';
import { currentParticipant } from './profile';

export function listRecommendations(ctx: ServiceContext, meetingId: string): RecommendationSummary[] {
  const meeting = requireMeeting(ctx, meetingId);
  const committees = ctx.meetings.committees(meetingId);
  const rows = sortInReadingOrder(committees, ctx.recommendations.listByMeeting(meetingId));
  const numbers = computeNumbers(committees, rows, meeting.numbering);
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meetingId,
    committeeId: row.committeeId,
    position: row.position,
    number: numbers.get(row.id) ?? '',
    title: row.title,
    status: row.status,
    authorName: row.authorName,
    updatedAt: row.updatedAt,
  }));
}

export function createRecommendation(
  ctx: ServiceContext,
  input: { meetingId: string; committeeId: string; title: string; body?: SerializedDocument; origin?: VersionOrigin },
): Recommendation {
  requireMeeting(ctx, input.meetingId);
  const committee = requireCommittee(ctx, input.committeeId);
  if (committee.meetingId !== input.meetingId) throw new PalabreError('committee_mismatch');
  const title = requireTitle(input.title);
  const body = normaliseBody(ctx, input.body ?? emptyDocument());
  const author = currentParticipant(ctx);
  const id = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.recommendations.insert({ id, meetingId: input.meetingId, committeeId: committee.id, authorId: author?.id ?? null, createdAt: at });
    appendVersion(ctx, { recommendationId: id, meetingId: input.meetingId, title, body, parentIds: [], origin: input.origin ?? 'create', at });
    ctx.meetings.touch(input.meetingId, at);
    ctx.audit.record({
      meetingId: input.meetingId,
      recommendationId: id,
      actorId: author?.id ?? null,
      actorName: author?.name ?? null,
      action: 'recommendation.create',
      detail: { title },
      at,
    });
  })();
  return getRecommendation(ctx, id);
}

export function getRecommendation(ctx: ServiceContext, recommendationId: string): Recommendation {
  const row = ctx.recommendations.get(recommendationId);
  if (!row) throw new PalabreError('not_found', recommendationId);
  const head = ctx.recommendations.version(row.headVersionId)!;
  const summary = listRecommendations(ctx, row.meetingId).find((r) => r.id === row.id)!;
  return {
    ...summary,
    headVersionId: head.id,
    body: JSON.parse(head.bodyJson) as SerializedDocument,
    committeeName: ctx.meetings.committee(row.committeeId)?.name ?? '',
  };
}

/**
 * Saves an edit (title and body) as a new version. A save identical to the head writes nothing, so
 * a flush with no change does not grow the history.
 */
export function saveRecommendation(
  ctx: ServiceContext,
  input: { recommendationId: string; baseVersionId: string; title: string; body: SerializedDocument },
): Recommendation {
  const row = ctx.recommendations.get(input.recommendationId);
  if (!row) throw new PalabreError('not_found', input.recommendationId);
  if (ctx.recommendations.version(input.baseVersionId)?.recommendationId !== row.id) {
    throw new PalabreError('not_found', input.baseVersionId);
  }
  const title = requireTitle(input.title);
  const body = normaliseBody(ctx, input.body);
  const head = ctx.recommendations.version(row.headVersionId)!;
  if (head.title === title && head.bodyJson === JSON.stringify(body)) return getRecommendation(ctx, row.id);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    // The new version descends from the current head, so nothing saved in between is orphaned.
    appendVersion(ctx, { recommendationId: row.id, meetingId: row.meetingId, title, body, parentIds: [head.id], origin: 'edit', at });
    ctx.meetings.touch(row.meetingId, at);
  })();
  return getRecommendation(ctx, row.id);
}

export function listVersions(ctx: ServiceContext, recommendationId: string): VersionInfo[] {
  if (!ctx.recommendations.get(recommendationId)) throw new PalabreError('not_found', recommendationId);
  const parents = ctx.recommendations.parents(recommendationId);
  return ctx.recommendations.versions(recommendationId).map((v) => ({
    id: v.id,
    recommendationId: v.recommendationId,
    parentIds: parents.get(v.id) ?? [],
    title: v.title,
    authorName: v.authorName,
    origin: v.origin,
    createdAt: v.createdAt,
    wordCount: countWords(documentToPlainText(JSON.parse(v.bodyJson) as SerializedDocument)),
  }));
}

function appendVersion(
  ctx: ServiceContext,
  v: {
    recommendationId: string;
    meetingId: string;
    title: string;
    body: SerializedDocument;
    parentIds: string[];
    origin: VersionOrigin;
    at: string;
  },
): string {
  const author = currentParticipant(ctx);
  const row = ctx.recommendations.get(v.recommendationId);
  const id = ctx.newId();
  ctx.recommendations.insertVersion(
    {
      id,
      recommendationId: v.recommendationId,
      title: v.title,
      bodyJson: JSON.stringify(v.body),
      fieldsJson: JSON.stringify({ status: row?.status ?? 'draft', committeeId: row?.committeeId ?? null }),
      authorId: author?.id ?? null,
      authorName: author?.name ?? null,
      origin: v.origin,
      createdAt: v.at,
    },
    v.parentIds,
  );
  ctx.recommendations.setHead(v.recommendationId, id, v.at);
  ctx.search.index(v.recommendationId, v.meetingId, v.title, documentToPlainText(v.body));
  return id;
}

function requireTitle(title: string): string {
  const clean = cleanText(title).replace(/\s+/g, ' ').trim();
  if (!clean) throw new PalabreError('empty_title');
  return clean;
}

/** Checks an untrusted body, strips forbidden characters and gives every block a stable id. */
function normaliseBody(ctx: ServiceContext, body: SerializedDocument): SerializedDocument {
  const problem = checkDocument(body);
  if (problem) throw new PalabreError('invalid_document', problem);
  const cleaned = JSON.parse(JSON.stringify(body), (key, value: unknown) =>
    key === 'text' && typeof value === 'string' ? cleanText(value) : value,
  ) as SerializedDocument;
  return withBlockIds(cleaned, ctx.newId);
}
