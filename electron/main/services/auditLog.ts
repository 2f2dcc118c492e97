/** Reading the audit log: who did what, when, in a meeting or on one recommendation, newest first. */
import { describeAudit } from '../../../shared/domain/auditText';
import type { AuditEntryInfo } from '../../../shared/domain/review';
import { PalabreError } from '../../../shared/errors';
import type { ServiceContext } from './context';
import { requireMeeting } from './lookups';

/** Enough for a meeting of several days; the oldest entries beyond are not shown, never lost. */
const MAX_ENTRIES = 2000;

export function listAudit(ctx: ServiceContext, meetingId: string, recommendationId?: string): AuditEntryInfo[] {
  requireMeeting(ctx, meetingId);
  if (recommendationId) {
    // A recommendation in the trash still has its history.
    const record = ctx.recommendations.record(recommendationId);
    if (!record || record.meetingId !== meetingId) throw new PalabreError('unknown_recommendation', recommendationId);
  }
  return ctx.audit.list(meetingId, recommendationId, MAX_ENTRIES).map((row) => {
    const detail = parseDetail(row.detailJson);
    return {
      id: row.id,
      at: row.at,
      meetingId: row.meetingId,
      recommendationId: row.recommendationId,
      recommendationTitle: row.recommendationTitle,
      actorId: row.actorId,
      actorName: row.actorName,
      action: row.action,
      detail,
      summary: describeAudit(row.action, detail),
    };
  });
}

function parseDetail(json: string): Record<string, unknown> {
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
