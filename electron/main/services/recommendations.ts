/**
 * Use-cases of drafting: create a recommendation, save an edit as a new version, read it, list a
 * meeting's recommendations (filtered) and a recommendation's history.
 * Every save appends an immutable version whose parent is the previous head: the history is a DAG
 * per recommendation and is never rewritten.
 */
import { countWords, documentToPlainText, emptyDocument, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { cleanFieldList, cleanFieldText, EMPTY_EDITABLE_FIELDS, readVersionFields } from '../../../shared/domain/fields';
import { filterRecommendations } from '../../../shared/domain/filters';
import { computeNumbers, numberOf, sortInReadingOrder } from '../../../shared/domain/numbering';
import type {
  EditableFields,
  Recommendation,
  RecommendationFilters,
  RecommendationSummary,
  TypographyMode,
  VersionInfo,
  VersionOrigin,
} from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { recordAudit } from './audit';
import type { RecommendationListRow, RecommendationRow } from '../db/repositories/recommendations';
import type { ServiceContext } from './context';
import { prepareDocument, prepareTitle } from './documents';
import { requireCommittee, requireMeeting, requireRecommendation } from './lookups';
import { currentParticipant } from './profile';
import { appendVersion, fieldsOf } from './versioning';

/** The live recommendations of a meeting in reading order, numbered, optionally filtered. */
export function listRecommendations(ctx: ServiceContext, meetingId: string, filters?: RecommendationFilters): RecommendationSummary[] {
  const meeting = requireMeeting(ctx, meetingId);
  const committees = ctx.meetings.committees(meetingId);
  const rows = sortInReadingOrder(committees, ctx.recommendations.listByMeeting(meetingId));
  // Numbers come from the whole list: a filter hides recommendations, it does not renumber them.
  const numbers = computeNumbers(committees, rows, meeting.numbering);
  return filterRecommendations(rows.map((row) => toSummary(row, numbers.get(row.id) ?? '')), filters);
}

/**
 * One live recommendation as listRecommendations has it, number included, read with a few queries
 * by key instead of the whole meeting (a save must not cost more in a meeting of 600).
 */
export function recommendationSummary(ctx: ServiceContext, recommendationId: string): RecommendationSummary {
  const row = ctx.recommendations.summary(recommendationId);
  if (!row) throw new PalabreError('unknown_recommendation', recommendationId);
  return toSummary(row, numberInMeeting(ctx, row));
}

/** The display number of a live recommendation, exactly as computeNumbers gives it over the whole list. */
export function numberInMeeting(ctx: ServiceContext, row: Pick<RecommendationRow, 'id' | 'meetingId' | 'committeeId' | 'status'>): string {
  const meeting = requireMeeting(ctx, row.meetingId);
  return numberOf(
    ctx.meetings.committees(row.meetingId),
    () => ctx.recommendations.numberedByCommittee(row.meetingId),
    row,
    ctx.recommendations.numberedBefore(row.id),
    meeting.numbering,
  );
}

function toSummary(row: RecommendationListRow, number: string): RecommendationSummary {
  return {
    ...fieldsOf(row),
    id: row.id,
    meetingId: row.meetingId,
    position: row.position,
    number,
    title: row.title,
    authorId: row.authorId,
    authorName: row.authorName,
    authorDelegation: row.authorDelegation,
    lastEditorName: row.lastEditorName,
    updatedAt: row.updatedAt,
    pendingAmendmentCount: row.pendingAmendmentCount,
    openCommentCount: row.openCommentCount,
  };
}

export interface CreateInput extends Partial<EditableFields> {
  meetingId: string;
  committeeId: string;
  title: string;
  body?: SerializedDocument | undefined;
  origin?: VersionOrigin;
}

/** A new draft at the end of its committee, written whole (row, first version, audit, index) or not at all. */
export function createRecommendation(ctx: ServiceContext, input: CreateInput): Recommendation {
  return getRecommendation(ctx, insertRecommendation(ctx, input));
}

/**
 * What createRecommendation writes, returning only the new id: for imports that create hundreds at
 * once and should not read the whole meeting back after each one.
 */
export function insertRecommendation(ctx: ServiceContext, input: CreateInput): string {
  const meeting = requireMeeting(ctx, input.meetingId);
  const committee = requireCommittee(ctx, input.committeeId);
  if (committee.meetingId !== input.meetingId) throw new PalabreError('committee_mismatch');
  const title = prepareTitle(input.title, meeting.typography);
  const body = prepareDocument(ctx, input.body ?? emptyDocument(), meeting.typography);
  const fields = { status: 'draft' as const, committeeId: committee.id, ...cleanEditableFields({ ...EMPTY_EDITABLE_FIELDS, ...definedOnly(input) }, meeting.typography) };
  const author = currentParticipant(ctx);
  const id = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.recommendations.insert({ id, meetingId: input.meetingId, committeeId: committee.id, authorId: author?.id ?? null, createdAt: at });
    appendVersion(ctx, { recommendationId: id, meetingId: input.meetingId, title, body, fields, parentIds: [], origin: input.origin ?? 'create', at });
    ctx.meetings.touch(input.meetingId, at);
    recordAudit(ctx, { meetingId: input.meetingId, recommendationId: id, action: 'recommendation.create', detail: { title }, at });
  })();
  return id;
}

export function getRecommendation(ctx: ServiceContext, recommendationId: string): Recommendation {
  const row = requireRecommendation(ctx, recommendationId);
  const head = ctx.recommendations.version(row.headVersionId)!;
  return withHead(ctx, row, head.id, JSON.parse(head.bodyJson) as SerializedDocument);
}

/** The recommendation as getRecommendation gives it, from a head whose body is already at hand. */
function withHead(ctx: ServiceContext, row: RecommendationRow, headVersionId: string, body: SerializedDocument): Recommendation {
  return {
    ...recommendationSummary(ctx, row.id),
    headVersionId,
    body,
    committeeName: ctx.meetings.committee(row.committeeId)?.name ?? '',
  };
}

/**
 * Saves an edit (title and body) as a new version; the fields stay as they are. A save identical to
 * the head writes nothing, so a flush with no change does not grow the history.
 */
export function saveRecommendation(
  ctx: ServiceContext,
  input: { recommendationId: string; baseVersionId: string; title: string; body: SerializedDocument },
): Recommendation {
  const row = requireRecommendation(ctx, input.recommendationId);
  if (ctx.recommendations.versionOwner(input.baseVersionId) !== row.id) {
    throw new PalabreError('not_found', input.baseVersionId);
  }
  const { typography } = requireMeeting(ctx, row.meetingId);
  const title = prepareTitle(input.title, typography);
  const body = prepareDocument(ctx, input.body, typography);
  const head = ctx.recommendations.version(row.headVersionId)!;
  if (head.title === title && head.bodyJson === JSON.stringify(body)) return getRecommendation(ctx, row.id);
  const at = ctx.timestamp();
  const headVersionId = ctx.db.transaction(() => {
    // The new version descends from the current head, so nothing saved in between is orphaned.
    const id = appendVersion(ctx, { recommendationId: row.id, meetingId: row.meetingId, title, body, fields: fieldsOf(row), parentIds: [head.id], origin: 'edit', at });
    ctx.meetings.touch(row.meetingId, at);
    return id;
  })();
  // What was just written, without reading it back (the body is the one stored).
  return withHead(ctx, row, headVersionId, body);
}

/**
 * The versions the text has been, newest first. Amendment proposals are left out: they were never
 * the text (the full graph, proposals included, is `recommendation:history`).
 */
export function listVersions(ctx: ServiceContext, recommendationId: string): VersionInfo[] {
  const row = requireRecommendation(ctx, recommendationId);
  const parents = ctx.recommendations.parents(recommendationId);
  const proposals = ctx.amendments.proposalVersions(recommendationId);
  return ctx.recommendations.versions(recommendationId).filter((v) => !proposals.has(v.id)).map((v) => ({
    id: v.id,
    recommendationId: v.recommendationId,
    parentIds: parents.get(v.id) ?? [],
    title: v.title,
    authorName: v.authorName,
    origin: v.origin,
    createdAt: v.createdAt,
    wordCount: countWords(documentToPlainText(JSON.parse(v.bodyJson) as SerializedDocument)),
    // Versions written before the fields existed read with the defaults, never as an error.
    fields: readVersionFields(v.fieldsJson, { status: 'draft', committeeId: row.committeeId }),
  }));
}

/** Cleans what a user typed in the fields: trimmed, no repeats, the meeting's typography. */
export function cleanEditableFields(fields: EditableFields, typography: TypographyMode): EditableFields {
  const french = typography === 'fr';
  return {
    addressees: cleanFieldList(fields.addressees, french),
    leadActors: cleanFieldList(fields.leadActors, french),
    horizon: cleanFieldText(fields.horizon, french),
    deadline: fields.deadline,
    priority: fields.priority,
  };
}

/** Only the editable fields that were given. */
export function definedOnly(input: Partial<EditableFields>): Partial<EditableFields> {
  const out: Partial<EditableFields> = {};
  if (input.addressees !== undefined) out.addressees = input.addressees;
  if (input.leadActors !== undefined) out.leadActors = input.leadActors;
  if (input.horizon !== undefined) out.horizon = input.horizon;
  if (input.deadline !== undefined) out.deadline = input.deadline;
  if (input.priority !== undefined) out.priority = input.priority;
  return out;
}
