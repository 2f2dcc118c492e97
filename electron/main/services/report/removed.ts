/**
 * The recommendations of the earlier milestone that are no longer in the exported state: put in the
 * trash, withdrawn or merged into another. A review copy or a compilation table that left them out
 * would hide a decision; they are shown where they stood, with their number and text of the earlier
 * milestone, as removed (a tracked deletion of the whole text, "supprimée" in the table), credited
 * to whoever removed them.
 *
 * A recommendation merely outside the statuses asked for is not removed: it is left out, as in the
 * earlier milestone's own report.
 */
import { diffRecommendationStates } from '../../../../shared/diff/recommendationDiff';
import { emptyDocument } from '../../../../shared/document/lexicalJson';
import type { ChangeAuthor, ReportKind, ReportRecommendation } from '../../../../shared/report/model';
import type { MilestoneHeadRow } from '../../db/repositories/milestones';
import type { RecommendationRow, VersionRow } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';
import { stateOf, versionFields } from '../history';
import { changeAuthor, lineage } from './lineage';
import { UNNUMBERED, type Selection, type SelectionRequest } from './selection';

export interface RemovedRecommendation {
  head: MilestoneHeadRow;
  record: RecommendationRow;
  /** Its version in the earlier milestone. */
  base: VersionRow;
  /** Its last version before it was removed. */
  last: VersionRow;
  committeeId: string;
  removal: ChangeAuthor;
}

/** The earlier milestone's recommendations that the exported state no longer holds, in the earlier order. */
export function removedSince(ctx: ServiceContext, request: SelectionRequest, selection: Selection, earlierHeads: readonly MilestoneHeadRow[], unknown: string): RemovedRecommendation[] {
  const selected = new Set(selection.committees.flatMap((c) => c.recommendations.map((r) => r.record.id)));
  const later = selection.milestone
    ? new Map(ctx.milestones.heads(selection.milestone.id).map((h) => [h.recommendationId, h.versionId]))
    : new Map(ctx.recommendations.listByMeeting(request.meetingId).map((r) => [r.id, r.headVersionId]));
  const trash = new Map(ctx.recommendations.trash(request.meetingId).map((t) => [t.id, t]));
  const wanted = request.statuses && request.statuses.length > 0 ? new Set(request.statuses) : null;
  const out: RemovedRecommendation[] = [];
  for (const head of [...earlierHeads].sort((a, b) => a.ord - b.ord)) {
    if (selected.has(head.recommendationId)) continue;
    const record = ctx.recommendations.record(head.recommendationId);
    const base = ctx.recommendations.version(head.versionId);
    if (!record || !base) continue;
    const fields = versionFields(base, record);
    // Not in the earlier milestone's report either.
    if (UNNUMBERED.has(fields.status) || (wanted && !wanted.has(fields.status))) continue;
    const laterVersionId = later.get(record.id);
    let removal: ChangeAuthor;
    let last: VersionRow;
    if (laterVersionId === undefined) {
      // In the trash (now, or already when the later milestone was set).
      last = ctx.recommendations.version(record.headVersionId) ?? base;
      const trashed = trash.get(record.id);
      removal = { author: trashed?.deletedByName ?? unknown, date: record.deletedAt ?? selection.milestone?.createdAt ?? ctx.timestamp() };
    } else {
      last = ctx.recommendations.version(laterVersionId) ?? base;
      if (!UNNUMBERED.has(versionFields(last, record).status)) continue; // only outside the statuses asked for
      removal = changeAuthor(last, unknown);
    }
    out.push({ head, record, base, last, committeeId: fields.committeeId, removal });
  }
  return out;
}

/** A removed recommendation as the report shows it: its earlier number and text, all deleted. */
export function removedRecommendation(ctx: ServiceContext, kind: ReportKind, removed: RemovedRecommendation, unknown: string): ReportRecommendation {
  const { record, base, removal } = removed;
  const fields = versionFields(base, record);
  const rec: ReportRecommendation = {
    id: record.id,
    number: removed.head.number,
    title: base.title,
    // Nothing is left now: the fields and the text read as deleted from their earlier values.
    addressees: [],
    leadActors: [],
    horizon: '',
    deadline: null,
    body: emptyDocument(),
    changes: null,
    comments: [],
    earlierBody: null,
    earlierTitle: null,
    earlierNumber: null,
    contributors: [],
    removed: removal,
  };
  if (kind === 'table') {
    rec.earlierBody = stateOf(base, record).body;
    rec.earlierTitle = base.title;
    rec.earlierNumber = removed.head.number;
    const { between } = lineage(ctx, record.id, base, removed.last);
    rec.contributors = [...new Set([...between.map((v) => v.authorName ?? unknown), removal.author])];
    return rec;
  }
  const changes = diffRecommendationStates(stateOf(base, record), { title: '', body: emptyDocument(), fields });
  rec.changes = {
    titleRuns: changes.title.runs,
    titleAuthor: removal,
    body: changes.body,
    blockAuthors: changes.body.blocks.map(() => removal),
    fallback: removal,
    earlierFields: { addressees: fields.addressees, leadActors: fields.leadActors, horizon: fields.horizon, deadline: fields.deadline },
    fieldsAuthor: removal,
  };
  return rec;
}

/**
 * Puts each removed recommendation back where it stood in the earlier milestone: in its committee,
 * after the last recommendation that came before it then (at the committee's start when none does).
 */
export function placeRemoved<R extends { id: string }>(
  committees: Array<{ id: string; name: string; recommendations: R[] }>,
  removed: ReadonlyArray<{ item: RemovedRecommendation; rec: R }>,
  earlierOrd: ReadonlyMap<string, number>,
  committeeName: (id: string) => string,
): void {
  for (const { item, rec } of removed) {
    let committee = committees.find((c) => c.id === item.committeeId);
    if (!committee) {
      committee = { id: item.committeeId, name: committeeName(item.committeeId), recommendations: [] };
      committees.push(committee);
    }
    const list = committee.recommendations;
    let at = 0;
    list.forEach((other, i) => {
      const ord = earlierOrd.get(other.id);
      if (ord !== undefined && ord < item.head.ord) at = i + 1;
    });
    list.splice(at, 0, rec);
  }
}
