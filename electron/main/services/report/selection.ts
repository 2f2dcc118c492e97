/**
 * Which recommendations a report holds, and in which state: as of a milestone (its snapshot of head
 * versions and numbers) or now; only the statuses asked for; never the withdrawn or merged ones,
 * which keep no number. Shared by the report and by its outline preview.
 */
import type { RecommendationStatus } from '../../../../shared/domain/types';
import { PalabreError } from '../../../../shared/errors';
import type { MilestoneHeadRow, MilestoneRow } from '../../db/repositories/milestones';
import type { RecommendationRow, VersionRow } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';
import { versionFields } from '../history';
import { requireMeeting } from '../lookups';
import { requireMilestone } from '../milestones';
import { listRecommendations } from '../recommendations';

export interface SelectionRequest {
  meetingId: string;
  /** The state exported: a milestone, or null for now. */
  milestoneId: string | null;
  /** Only these statuses; null or empty: every numbered recommendation. */
  statuses: readonly RecommendationStatus[] | null;
}

export interface SelectedRecommendation {
  record: RecommendationRow;
  version: VersionRow;
  number: string;
  status: RecommendationStatus;
  committeeId: string;
}

export interface SelectedCommittee {
  id: string;
  name: string;
  recommendations: SelectedRecommendation[];
}

export interface Selection {
  milestone: MilestoneRow | null;
  committees: SelectedCommittee[];
  count: number;
}

/** Statuses that keep no number and no place in a report. */
export const UNNUMBERED: ReadonlySet<RecommendationStatus> = new Set(['withdrawn', 'merged_into']);

export function selectRecommendations(ctx: ServiceContext, request: SelectionRequest): Selection {
  requireMeeting(ctx, request.meetingId);
  const milestone = request.milestoneId ? requireMilestone(ctx, request.meetingId, request.milestoneId) : null;
  const heads = milestone ? ctx.milestones.heads(milestone.id) : currentHeads(ctx, request.meetingId);
  const wanted = request.statuses && request.statuses.length > 0 ? new Set(request.statuses) : null;
  const committees: SelectedCommittee[] = [];
  const byId = new Map<string, SelectedCommittee>();
  let count = 0;
  for (const head of [...heads].sort((a, b) => a.ord - b.ord)) {
    const record = ctx.recommendations.record(head.recommendationId);
    const version = ctx.recommendations.version(head.versionId);
    if (!record || !version) continue;
    const fields = versionFields(version, record);
    if (UNNUMBERED.has(fields.status) || (wanted && !wanted.has(fields.status))) continue;
    let committee = byId.get(fields.committeeId);
    if (!committee) {
      committee = { id: fields.committeeId, name: ctx.meetings.committeeRecord(fields.committeeId)?.name ?? '', recommendations: [] };
      byId.set(committee.id, committee);
      committees.push(committee);
    }
    committee.recommendations.push({ record, version, number: head.number, status: fields.status, committeeId: fields.committeeId });
    count++;
  }
  return { milestone, committees, count };
}

/** The live recommendations as a snapshot would record them: head version, number, reading order. */
export function currentHeads(ctx: ServiceContext, meetingId: string): MilestoneHeadRow[] {
  const heads = new Map(ctx.recommendations.listByMeeting(meetingId).map((r) => [r.id, r.headVersionId]));
  return listRecommendations(ctx, meetingId).map((rec, ord) => ({ recommendationId: rec.id, versionId: heads.get(rec.id)!, number: rec.number, ord }));
}

/** The earlier milestone of a review copy or a table: the one named, else the meeting's first. */
export function requireEarlierMilestone(ctx: ServiceContext, meetingId: string, milestoneId: string | null): MilestoneRow {
  if (milestoneId) return requireMilestone(ctx, meetingId, milestoneId);
  const first = ctx.milestones.list(meetingId)[0];
  if (!first) throw new PalabreError('report_needs_milestone');
  return first;
}
