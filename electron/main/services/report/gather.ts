/**
 * Gathers what a report needs from the database, as plain data for the builder (shared/report):
 * the meeting, the selected recommendations in their state as of a milestone or now, for a review
 * copy their changes since an earlier milestone with who made them and their comments, for the
 * compilation table their earlier text and contributors, and the participants by delegation.
 */
import { diffRecommendationStates, type RecommendationState } from '../../../../shared/diff/recommendationDiff';
import { emptyDocument, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { Locale, RecommendationFields, RecommendationStatus } from '../../../../shared/domain/types';
import { label } from '../../../../shared/report/labels';
import type { ReportComment, ReportData, ReportDelegation, ReportFieldValues, ReportKind, ReportLogo, ReportRecommendation } from '../../../../shared/report/model';
import type { MilestoneRow } from '../../db/repositories/milestones';
import type { VersionRow } from '../../db/repositories/recommendations';
import { listComments } from '../comments';
import type { ServiceContext } from '../context';
import { stateOf, versionFields } from '../history';
import { requireMeeting } from '../lookups';
import { listParticipants } from '../participants';
import { attributeBody, attributeRuns, deletedBy, insertedBy, stepsOf } from './attribution';
import { blamer, changeAuthor, lineage } from './lineage';
import { placeRemoved, removedRecommendation, removedSince } from './removed';
import { requireEarlierMilestone, selectRecommendations, type SelectedRecommendation } from './selection';

export interface ReportRequest {
  meetingId: string;
  kind: ReportKind;
  locale: Locale;
  /** The state exported: a milestone, or null for now. */
  milestoneId: string | null;
  /** Review copy and table: the earlier milestone (null: the meeting's first). */
  sinceMilestoneId: string | null;
  statuses: readonly RecommendationStatus[] | null;
  logo: ReportLogo | null;
}

export interface ReportProgress {
  phase: 'gather' | 'build' | 'pack' | 'write';
  done: number;
  total: number;
}

export type ProgressListener = (progress: ReportProgress) => void;

/**
 * Recommendations gathered between two turns of the event loop. Gathering is synchronous database
 * work; without a pause the progress events of a large meeting would all reach the window at the
 * end, and nothing else (the window's other calls) would be served meanwhile.
 */
export const GATHER_BATCH = 25;

/** Lets the event loop turn once (pending events and calls go out) before going on. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function gatherReportData(ctx: ServiceContext, request: ReportRequest, onProgress: ProgressListener = () => {}): Promise<ReportData> {
  const meeting = requireMeeting(ctx, request.meetingId);
  const selection = selectRecommendations(ctx, request);
  const since = request.kind === 'final' ? null : requireEarlierMilestone(ctx, request.meetingId, request.sinceMilestoneId);
  const earlierHeads = since ? ctx.milestones.heads(since.id) : [];
  const earlier = new Map(earlierHeads.map((h) => [h.recommendationId, h]));
  const unknown = label('unknownAuthor', request.locale);
  let done = 0;
  onProgress({ phase: 'gather', done, total: selection.count });
  const committees: Array<ReportData['committees'][number] & { id: string }> = [];
  for (const committee of selection.committees) {
    const recommendations: ReportRecommendation[] = [];
    for (const selected of committee.recommendations) {
      const head = earlier.get(selected.record.id);
      const base = head ? (ctx.recommendations.version(head.versionId) ?? null) : null;
      recommendations.push(reportRecommendation(ctx, request.kind, selected, base, head?.number ?? null, unknown));
      onProgress({ phase: 'gather', done: ++done, total: selection.count });
      if (done % GATHER_BATCH === 0) await nextTurn();
    }
    committees.push({ id: committee.id, name: committee.name, recommendations });
  }
  if (since) {
    const removed = removedSince(ctx, request, selection, earlierHeads, unknown).map((item) => ({ item, rec: removedRecommendation(ctx, request.kind, item, unknown) }));
    placeRemoved(committees, removed, new Map(earlierHeads.map((h) => [h.recommendationId, h.ord])), (id) => ctx.meetings.committeeRecord(id)?.name ?? '');
  }
  return {
    kind: request.kind,
    locale: request.locale,
    frenchTypography: meeting.typography === 'fr',
    meeting: {
      title: meeting.title,
      organisation: meeting.organisation,
      venue: meeting.venue,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      intro: meeting.introJson ? (JSON.parse(meeting.introJson) as SerializedDocument) : null,
    },
    asOf: milestoneRef(selection.milestone),
    since: milestoneRef(since),
    generatedAt: ctx.timestamp(),
    committees: committees.map(({ name, recommendations }) => ({ name, recommendations })),
    delegations: delegations(ctx, request.meetingId),
    logo: request.logo,
  };
}

function milestoneRef(milestone: MilestoneRow | null) {
  return milestone ? { name: milestone.name, date: milestone.createdAt } : null;
}

function reportRecommendation(
  ctx: ServiceContext,
  kind: ReportKind,
  selected: SelectedRecommendation,
  base: VersionRow | null,
  baseNumber: string | null,
  unknown: string,
): ReportRecommendation {
  const { record, version } = selected;
  const fields = versionFields(version, record);
  const rec: ReportRecommendation = {
    id: record.id,
    number: selected.number,
    title: version.title,
    addressees: fields.addressees,
    leadActors: fields.leadActors,
    horizon: fields.horizon,
    deadline: fields.deadline,
    body: JSON.parse(version.bodyJson) as SerializedDocument,
    changes: null,
    comments: [],
    earlierBody: null,
    earlierTitle: null,
    earlierNumber: null,
    contributors: [],
  };
  if (kind === 'final') return rec;
  const { between, line } = lineage(ctx, record.id, base, version);
  if (kind === 'table') {
    rec.earlierBody = base ? (JSON.parse(base.bodyJson) as SerializedDocument) : null;
    rec.earlierTitle = base ? base.title : null;
    rec.earlierNumber = baseNumber;
    rec.contributors = [...new Set(between.map((v) => v.authorName ?? unknown))];
    return rec;
  }
  const before: RecommendationState = base ? stateOf(base, record) : { title: '', body: emptyDocument(), fields };
  const changes = diffRecommendationStates(before, stateOf(version, record));
  const blame = blamer(line, base);
  const fallback = changeAuthor(line[0] ?? version, unknown);
  const authorOf = (v: VersionRow | null) => (v ? changeAuthor(v, unknown) : fallback);
  // Each insertion and deletion credited to the version that made it (see attribution.ts).
  const steps = stepsOf(base, line, unknown);
  const titles = steps.titles();
  const title = attributeRuns(changes.title.runs, insertedBy(titles, steps.authors, steps.diff), deletedBy(titles, steps.authors, steps.diff));
  const body = attributeBody(changes.body, steps);
  rec.changes = {
    titleRuns: title.runs,
    titleAuthor: authorOf(blame.title()),
    titleRunAuthors: title.authors,
    body: body.body,
    runAuthors: body.runAuthors,
    blockAuthors: changes.body.blocks.map((block) => {
      if (block.status === 'unchanged') return null;
      const uid = block.newUid ?? block.oldUid;
      return uid ? authorOf(blame.block(uid)) : fallback;
    }),
    fallback,
    earlierFields: base ? shownFields(versionFields(base, record)) : null,
    fieldsAuthor: authorOf(blame.fields((v) => JSON.stringify(shownFields(versionFields(v, record))))),
  };
  rec.comments = comments(ctx, record.id, version.id === record.headVersionId && record.deletedAt === null, unknown);
  return rec;
}

function shownFields(fields: RecommendationFields): ReportFieldValues {
  return { addressees: fields.addressees, leadActors: fields.leadActors, horizon: fields.horizon, deadline: fields.deadline };
}

/** The comment threads, anchored where they stand on the head when the head is what is exported. */
function comments(ctx: ServiceContext, recommendationId: string, exportingHead: boolean, unknown: string): ReportComment[] {
  if (!ctx.recommendations.get(recommendationId)) return [];
  return listComments(ctx, recommendationId)
    .filter((thread) => !thread.deleted)
    .map((thread) => {
      const current = exportingHead ? (thread.anchor?.current ?? null) : null;
      return {
        author: thread.authorName ?? unknown,
        date: thread.createdAt,
        text: thread.text,
        resolved: thread.resolved,
        anchor: current ? { blockIndex: current.blockIndex, start: current.start, end: current.end } : null,
        replies: thread.replies.filter((r) => !r.deleted).map((r) => ({ author: r.authorName ?? unknown, date: r.createdAt, text: r.text })),
      };
    });
}

function delegations(ctx: ServiceContext, meetingId: string): ReportDelegation[] {
  const out: ReportDelegation[] = [];
  for (const p of listParticipants(ctx, meetingId)) {
    let last = out[out.length - 1];
    if (!last || last.name !== p.delegation) {
      last = { name: p.delegation, participants: [] };
      out.push(last);
    }
    last.participants.push({ name: p.name, role: p.role });
  }
  return out;
}
