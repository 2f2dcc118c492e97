/** The outline of a report, for the export dialog's preview: committees, numbers, titles, counts. */
import type { ReportOutline } from '../../../../shared/report/outline';
import type { ServiceContext } from '../context';
import { listParticipants } from '../participants';
import { selectRecommendations, type SelectionRequest } from './selection';

export function reportOutline(ctx: ServiceContext, request: SelectionRequest): ReportOutline {
  const selection = selectRecommendations(ctx, request);
  const participants = listParticipants(ctx, request.meetingId);
  return {
    milestone: selection.milestone ? { id: selection.milestone.id, name: selection.milestone.name, createdAt: selection.milestone.createdAt } : null,
    committees: selection.committees.map((c) => ({
      name: c.name,
      recommendations: c.recommendations.map((r) => ({ id: r.record.id, number: r.number, title: r.version.title, status: r.status })),
    })),
    recommendationCount: selection.count,
    participantCount: participants.length,
    delegationCount: new Set(participants.map((p) => p.delegation)).size,
  };
}
