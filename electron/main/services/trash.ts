/**
 * The trash. Deleting is soft: the recommendation leaves the numbering, the lists and the search, and
 * keeps its whole history; restoring puts it back where it was (its committee, its old position if
 * it still exists) and indexes it again.
 */
import { comparisonKey } from '../../../shared/domain/fields';
import type { Recommendation, RecommendationSummary, TrashItem } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { requireMeeting, requireRecommendation } from './lookups';
import { closeRanks, insertAt } from './placement';
import { currentParticipant } from './profile';
import { getRecommendation, listRecommendations } from './recommendations';
import { bringCommitteeBack } from './committees';
import { stampLocalChange } from './stamps';
import { appendFieldsVersion, fieldsOf, reindexRecommendation } from './versioning';

/** Puts a recommendation in the trash. Returns the meeting's recommendations, renumbered. */
export function deleteRecommendation(ctx: ServiceContext, recommendationId: string): RecommendationSummary[] {
  const row = requireRecommendation(ctx, recommendationId);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    moveToTrash(ctx, row, at, currentParticipant(ctx)?.id ?? null);
    stampLocalChange(ctx, row.id, 'trash', at, { deleted: true, headVersionId: row.headVersionId });
  })();
  return listRecommendations(ctx, row.meetingId);
}

/**
 * The writes of a deletion, inside the caller's transaction: here, or arriving from another machine
 * (then `at` and `by` are the deletion's there, and the caller records its stamp).
 */
export function moveToTrash(ctx: ServiceContext, row: { id: string; meetingId: string; committeeId: string; headVersionId: string }, at: string, by: string | null): void {
  const head = ctx.recommendations.version(row.headVersionId)!;
  // Its position stays in the row, so that a restore can put it back there.
  ctx.recommendations.softDelete(row.id, at, by);
  ctx.search.remove(row.id);
  closeRanks(ctx, row.committeeId);
  ctx.meetings.touch(row.meetingId, at);
  recordAudit(ctx, { meetingId: row.meetingId, recommendationId: row.id, action: 'recommendation.delete', detail: { title: head.title }, at });
}

/**
 * Takes a recommendation out of the trash. If its committee was removed meanwhile, the committee
 * comes back too, unless the meeting has since got a committee of the same name: the recommendation
 * then goes there (a new version records the change of committee). Restoring a recommendation that
 * is not in the trash changes nothing.
 */
export function restoreRecommendation(ctx: ServiceContext, recommendationId: string): Recommendation {
  const record = ctx.recommendations.record(recommendationId);
  if (!record) throw new PalabreError('unknown_recommendation', recommendationId);
  if (!record.deletedAt) return getRecommendation(ctx, record.id);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    takeOutOfTrash(ctx, record.id, at);
    stampLocalChange(ctx, record.id, 'trash', at, { deleted: false, headVersionId: ctx.recommendations.record(record.id)!.headVersionId });
  })();
  return getRecommendation(ctx, record.id);
}

/** The writes of a restore, inside the caller's transaction: here, or arriving from another machine. */
export function takeOutOfTrash(ctx: ServiceContext, recommendationId: string, at: string): void {
  const record = ctx.recommendations.record(recommendationId)!;
  const committee = ctx.meetings.committeeRecord(record.committeeId)!;
  const namesake = committee.deletedAt
    ? ctx.meetings.committees(record.meetingId).find((c) => comparisonKey(c.name) === comparisonKey(committee.name))
    : undefined;
  if (committee.deletedAt && !namesake) bringCommitteeBack(ctx, committee.id, record.meetingId, at);
  ctx.recommendations.undelete(record.id, record.committeeId);
  let committeeId = record.committeeId;
  if (namesake) {
    appendFieldsVersion(ctx, requireRecommendation(ctx, record.id), { ...fieldsOf(record), committeeId: namesake.id }, at);
    committeeId = namesake.id;
  }
  insertAt(ctx, committeeId, record.id, namesake ? Number.MAX_SAFE_INTEGER : record.position);
  reindexRecommendation(ctx, record.id);
  ctx.meetings.touch(record.meetingId, at);
  recordAudit(ctx, {
    meetingId: record.meetingId,
    recommendationId: record.id,
    action: 'recommendation.restore',
    detail: { committeeId, committeeRestored: Boolean(committee.deletedAt && !namesake) },
    at,
  });
}

/** The meeting's trash, most recently deleted first. */
export function listTrash(ctx: ServiceContext, meetingId: string): TrashItem[] {
  requireMeeting(ctx, meetingId);
  return ctx.recommendations.trash(meetingId);
}
