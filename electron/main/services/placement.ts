/**
 * Where a recommendation stands: its committee and its position in it. Numbers are derived from this
 * order (shared/domain/numbering.ts), so moving is all it takes for them to follow. Positions of the
 * live recommendations of a committee are kept 1, 2, 3… with no gap.
 */
import type { RecommendationSummary } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { requireCommittee, requireRecommendation } from './lookups';
import { listRecommendations } from './recommendations';
import { stampLocalChange } from './stamps';
import { appendFieldsVersion, fieldsOf } from './versioning';

/**
 * Puts a recommendation at `position` (1-based; beyond the end means at the end) in a committee of
 * its meeting; the others shift. A move to another committee changes a versioned field, so it also
 * appends a version. One transaction.
 */
export function moveRecommendation(
  ctx: ServiceContext,
  input: { recommendationId: string; committeeId: string; position: number },
): RecommendationSummary[] {
  const row = requireRecommendation(ctx, input.recommendationId);
  const target = requireCommittee(ctx, input.committeeId);
  if (target.meetingId !== row.meetingId) throw new PalabreError('committee_mismatch');
  const toPosition = clampPosition(ctx, target.id, row.id, input.position);
  const fromPosition = ctx.recommendations.liveIdsInCommittee(row.committeeId).indexOf(row.id) + 1;
  const changesCommittee = target.id !== row.committeeId;
  if (!changesCommittee && fromPosition === toPosition) return listRecommendations(ctx, row.meetingId);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    if (changesCommittee) {
      appendFieldsVersion(ctx, row, { ...fieldsOf(row), committeeId: target.id }, at);
      closeRanks(ctx, row.committeeId, row.id);
    }
    insertAt(ctx, target.id, row.id, toPosition);
    // A hand-made order travels in packages: the committee it was made in, and the one left.
    stampLocalChange(ctx, target.id, 'order', at);
    if (changesCommittee) stampLocalChange(ctx, row.committeeId, 'order', at);
    ctx.meetings.touch(row.meetingId, at);
    recordAudit(ctx, {
      meetingId: row.meetingId,
      recommendationId: row.id,
      action: 'recommendation.move',
      detail: { fromCommittee: row.committeeId, fromPosition, toCommittee: target.id, toPosition },
      at,
    });
  })();
  return listRecommendations(ctx, row.meetingId);
}

/** Renumbers the positions of a committee's live recommendations 1, 2, 3…, leaving `leaving` out. */
export function closeRanks(ctx: ServiceContext, committeeId: string, leaving?: string): void {
  ctx.recommendations
    .liveIdsInCommittee(committeeId)
    .filter((id) => id !== leaving)
    .forEach((id, i) => ctx.recommendations.setPlace(id, committeeId, i + 1));
}

/** The position a recommendation would take in a committee: at least 1, at most just after the last one. */
export function clampPosition(ctx: ServiceContext, committeeId: string, recommendationId: string, position: number): number {
  const others = ctx.recommendations.liveIdsInCommittee(committeeId).filter((id) => id !== recommendationId).length;
  return Math.min(Math.max(1, Math.floor(position)), others + 1);
}

/** Puts a recommendation at `position` (clamped) among the live ones of a committee, the others shifting. */
export function insertAt(ctx: ServiceContext, committeeId: string, recommendationId: string, position: number): void {
  const others = ctx.recommendations.liveIdsInCommittee(committeeId).filter((id) => id !== recommendationId);
  const index = clampPosition(ctx, committeeId, recommendationId, position) - 1;
  [...others.slice(0, index), recommendationId, ...others.slice(index)].forEach((id, i) => ctx.recommendations.setPlace(id, committeeId, i + 1));
}
