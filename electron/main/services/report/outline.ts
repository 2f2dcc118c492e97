/** The outline of a report, for the export dialog's preview: committees, numbers, titles, counts. */
import type { ReportKind } from '../../../../shared/report/model';
import type { ReportOutline } from '../../../../shared/report/outline';
import type { ServiceContext } from '../context';
import { versionFields } from '../history';
import { listParticipants } from '../participants';
import { placeRemoved, removedSince } from './removed';
import { requireEarlierMilestone, selectRecommendations, type SelectionRequest } from './selection';

type OutlineRecommendation = ReportOutline['committees'][number]['recommendations'][number];

export interface OutlineRequest extends SelectionRequest {
  /** A review copy or a table compares with an earlier milestone: what it removed is previewed too. */
  kind: ReportKind;
  sinceMilestoneId: string | null;
}

export function reportOutline(ctx: ServiceContext, request: OutlineRequest): ReportOutline {
  const selection = selectRecommendations(ctx, request);
  const participants = listParticipants(ctx, request.meetingId);
  const committees = selection.committees.map((c) => ({
    id: c.id,
    name: c.name,
    recommendations: c.recommendations.map((r): OutlineRecommendation => ({ id: r.record.id, number: r.number, title: r.version.title, status: r.status })),
  }));
  if (request.kind !== 'final') {
    // The same rule as the report's (report/removed.ts), so the preview shows what the file will.
    const since = requireEarlierMilestone(ctx, request.meetingId, request.sinceMilestoneId);
    const earlierHeads = ctx.milestones.heads(since.id);
    const removed = removedSince(ctx, request, selection, earlierHeads, '').map((item) => ({
      item,
      rec: { id: item.record.id, number: item.head.number, title: item.base.title, status: versionFields(item.last, item.record).status, removed: true as const },
    }));
    placeRemoved(committees, removed, new Map(earlierHeads.map((h) => [h.recommendationId, h.ord])), (id) => ctx.meetings.committeeRecord(id)?.name ?? '');
  }
  return {
    milestone: selection.milestone ? { id: selection.milestone.id, name: selection.milestone.name, createdAt: selection.milestone.createdAt } : null,
    committees: committees.map(({ name, recommendations }) => ({ name, recommendations })),
    recommendationCount: selection.count,
    participantCount: participants.length,
    delegationCount: new Set(participants.map((p) => p.delegation)).size,
  };
}
