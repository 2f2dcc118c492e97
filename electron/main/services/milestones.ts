/**
 * Milestones: a named, dated snapshot of a meeting (« Projet soumis à la plénière », « Texte adopté »)
 * holding the head version and the number of each recommendation at that moment; and the comparison
 * of two milestones, or of a milestone and now: what was added, removed, changed, renumbered — so a
 * delegation finds « its » recommendation 7 after renumbering.
 */
import { comparisonKey } from '../../../shared/domain/fields';
import type { ComparedRecommendation, Milestone, MilestoneComparison, RemovalReason } from '../../../shared/domain/review';
import type { RecommendationStatus } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import type { MilestoneHeadRow, MilestoneRow } from '../db/repositories/milestones';
import type { VersionRow } from '../db/repositories/recommendations';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { compareVersionRows, versionFields } from './history';
import { requireMeeting } from './lookups';
import { currentParticipant } from './profile';
import { listRecommendations } from './recommendations';

export function createMilestone(ctx: ServiceContext, meetingId: string, name: string): Milestone {
  requireMeeting(ctx, meetingId);
  const clean = cleanText(name).replace(/\s+/g, ' ').trim();
  if (!clean) throw new PalabreError('empty_name');
  if (ctx.milestones.list(meetingId).some((m) => comparisonKey(m.name) === comparisonKey(clean))) throw new PalabreError('duplicate_milestone', clean);
  const heads = currentHeads(ctx, meetingId);
  const author = currentParticipant(ctx);
  const id = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.milestones.insert({ id, meetingId, name: clean, createdBy: author?.id ?? null, createdByName: author?.name ?? null, createdAt: at }, heads);
    recordAudit(ctx, { meetingId, action: 'milestone.create', detail: { milestoneId: id, name: clean, recommendations: heads.length }, at });
  })();
  return ctx.milestones.get(id)!;
}

/** Oldest first: a timeline. */
export function listMilestones(ctx: ServiceContext, meetingId: string): Milestone[] {
  requireMeeting(ctx, meetingId);
  return ctx.milestones.list(meetingId);
}

/**
 * Compares two states of a meeting. A recommendation counts as present on a side when it was live
 * (not in the trash) and neither withdrawn nor merged into another; one that leaves by the trash,
 * withdrawal or merge is « removed », one that arrives (or comes back) is « added ».
 */
export function compareMilestones(ctx: ServiceContext, meetingId: string, fromId: string, toId: string | null): MilestoneComparison {
  requireMeeting(ctx, meetingId);
  const from = requireMilestone(ctx, meetingId, fromId);
  const to = toId === null ? null : requireMilestone(ctx, meetingId, toId);
  const before = new Map(ctx.milestones.heads(from.id).map((h) => [h.recommendationId, h]));
  const after = new Map((to ? ctx.milestones.heads(to.id) : currentHeads(ctx, meetingId)).map((h) => [h.recommendationId, h]));
  const versions = new Map<string, VersionRow>();
  const version = (id: string) => {
    if (!versions.has(id)) versions.set(id, ctx.recommendations.version(id)!);
    return versions.get(id)!;
  };
  const committees = new Map<string, string>();
  const committeeName = (id: string) => {
    if (!committees.has(id)) committees.set(id, ctx.meetings.committeeRecord(id)?.name ?? '');
    return committees.get(id)!;
  };

  const result: MilestoneComparison = { meetingId, from, to, added: [], removed: [], changed: [], renumbered: [], unchangedCount: 0 };
  const ordered = [...new Set([...after.keys(), ...before.keys()])];
  const rank = (id: string) => after.get(id)?.ord ?? before.get(id)!.ord;
  ordered.sort((x, y) => (after.has(x) === after.has(y) ? rank(x) - rank(y) : after.has(x) ? -1 : 1));
  for (const recommendationId of ordered) {
    const a = before.get(recommendationId);
    const b = after.get(recommendationId);
    const record = ctx.recommendations.record(recommendationId)!;
    const va = a ? version(a.versionId) : undefined;
    const vb = b ? version(b.versionId) : undefined;
    const statusA = va ? versionFields(va, record).status : null;
    const statusB = vb ? versionFields(vb, record).status : null;
    const latest = (vb ?? va)!;
    const fields = versionFields(latest, record);
    const item: ComparedRecommendation = {
      recommendationId,
      title: latest.title,
      committeeName: committeeName(fields.committeeId),
      status: fields.status,
      numberBefore: a ? a.number : null,
      numberAfter: b ? b.number : null,
    };
    const inA = a !== undefined && isIn(statusA);
    const inB = b !== undefined && isIn(statusB);
    if (!inA && inB) result.added.push(item);
    else if (inA && !inB) result.removed.push({ ...item, reason: removalReason(b, statusB) });
    else if (inA && inB) {
      if (a!.number && b!.number && a!.number !== b!.number) result.renumbered.push(item);
      const diff = va!.id === vb!.id ? null : compareVersionRows(va!, vb!, record);
      if (diff && !diff.identical) result.changed.push({ ...item, diff });
      else result.unchangedCount++;
    }
  }
  return result;
}

/** A milestone of this meeting. */
export function requireMilestone(ctx: ServiceContext, meetingId: string, milestoneId: string): MilestoneRow {
  const milestone = ctx.milestones.get(milestoneId);
  if (!milestone || milestone.meetingId !== meetingId) throw new PalabreError('unknown_milestone', milestoneId);
  return milestone;
}

/** The live recommendations of a meeting as a snapshot: head version, number, reading order. */
function currentHeads(ctx: ServiceContext, meetingId: string): MilestoneHeadRow[] {
  const heads = new Map(ctx.recommendations.listByMeeting(meetingId).map((r) => [r.id, r.headVersionId]));
  return listRecommendations(ctx, meetingId).map((rec, ord) => ({ recommendationId: rec.id, versionId: heads.get(rec.id)!, number: rec.number, ord }));
}

function isIn(status: RecommendationStatus | null): boolean {
  return status !== null && status !== 'withdrawn' && status !== 'merged_into';
}

function removalReason(after: MilestoneHeadRow | undefined, status: RecommendationStatus | null): RemovalReason {
  if (!after) return 'deleted';
  return status === 'merged_into' ? 'merged' : 'withdrawn';
}
