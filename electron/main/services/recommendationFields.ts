/**
 * Use-cases on a recommendation's fields: addressees, lead actors, horizon, deadline, priority, and
 * the status workflow. Each change appends a version carrying all the fields (merges later compare
 * them field by field) and is written with its audit entry in one transaction.
 */
import { changedFieldKeys, sameFields } from '../../../shared/domain/fields';
import { canChangeStatus, describeRefusedTransition } from '../../../shared/domain/statusWorkflow';
import type { EditableFields, Recommendation, RecommendationStatus } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { requireMeeting, requireRecommendation } from './lookups';
import { cleanEditableFields, definedOnly, getRecommendation } from './recommendations';
import { appendFieldsVersion, fieldsOf } from './versioning';

/** Changes the given fields; nothing is written when they are already so. */
export function setRecommendationFields(ctx: ServiceContext, recommendationId: string, changes: Partial<EditableFields>): Recommendation {
  const row = requireRecommendation(ctx, recommendationId);
  const { typography } = requireMeeting(ctx, row.meetingId);
  const before = fieldsOf(row);
  const after = { ...before, ...cleanEditableFields({ ...before, ...definedOnly(changes) }, typography) };
  if (sameFields(before, after)) return getRecommendation(ctx, row.id);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    appendFieldsVersion(ctx, row, after, at);
    ctx.meetings.touch(row.meetingId, at);
    recordAudit(ctx, { meetingId: row.meetingId, recommendationId: row.id, action: 'recommendation.fields', detail: { fields: changedFieldKeys(before, after) }, at });
  })();
  return getRecommendation(ctx, row.id);
}

/**
 * Moves a recommendation along the status workflow (shared/domain/statusWorkflow.ts). Setting the
 * status it already has changes nothing; a change the workflow does not allow is refused, naming
 * both statuses and what is possible, and writes nothing.
 */
export function setRecommendationStatus(ctx: ServiceContext, recommendationId: string, status: RecommendationStatus): Recommendation {
  const row = requireRecommendation(ctx, recommendationId);
  if (row.status === status) return getRecommendation(ctx, row.id);
  if (!canChangeStatus(row.status, status)) throw new PalabreError('invalid_transition', describeRefusedTransition(row.status, status));
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    appendFieldsVersion(ctx, row, { ...fieldsOf(row), status }, at);
    ctx.meetings.touch(row.meetingId, at);
    recordAudit(ctx, { meetingId: row.meetingId, recommendationId: row.id, action: 'recommendation.status', detail: { from: row.status, to: status }, at });
  })();
  return getRecommendation(ctx, row.id);
}
