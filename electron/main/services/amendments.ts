/**
 * Amendments: an expert proposes a new text instead of editing the recommendation; the proposal is a
 * version that is not the head (its parent: the head of the day). The rapporteur reviews it as
 * tracked changes against the current text and accepts or rejects each change; the outcome is a new
 * head whose parents are the head and the proposal (origin 'merge'), written by the rapporteur and
 * crediting the amendment's author. Everything rejected: no new version, the decision is recorded.
 */
import { applyHunks } from '../../../shared/diff/applyHunks';
import { diffDocuments, diffPlainText } from '../../../shared/diff/documentDiff';
import { bodyHunks, fieldHunk, titleHunk, type ChangeHunk, type HunkedDiff } from '../../../shared/diff/hunks';
import { rebaseProposal } from '../../../shared/diff/rebase';
import { withBlockIds, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { fieldsToJson, sameFields } from '../../../shared/domain/fields';
import type { Amendment, AmendmentDecision, AmendmentReview, AmendmentStatus, FieldChange } from '../../../shared/domain/review';
import type { EditableFields, RecommendationFields, RecommendationSummary } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import type { AmendmentRow } from '../db/repositories/amendments';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { prepareDocument, prepareTitle } from './documents';
import { stateOf } from './history';
import { requireMeeting, requireRecommendation } from './lookups';
import { currentParticipant } from './profile';
import { cleanEditableFields, definedOnly, getRecommendation, listRecommendations } from './recommendations';
import { appendVersion, fieldsOf } from './versioning';

/** The fields an amendment may propose; status and committee follow their own rules. */
const AMENDABLE: ReadonlyArray<keyof EditableFields> = ['addressees', 'leadActors', 'horizon', 'deadline', 'priority'];

export interface ProposeInput extends Partial<EditableFields> {
  recommendationId: string;
  title?: string | undefined;
  body: SerializedDocument;
  note?: string | undefined;
}

export function proposeAmendment(ctx: ServiceContext, input: ProposeInput): Amendment {
  const row = requireRecommendation(ctx, input.recommendationId);
  const { typography } = requireMeeting(ctx, row.meetingId);
  const head = ctx.recommendations.version(row.headVersionId)!;
  const title = input.title === undefined ? head.title : prepareTitle(input.title, typography);
  const body = prepareDocument(ctx, input.body, typography);
  const current = fieldsOf(row);
  const fields = { ...current, ...cleanEditableFields({ ...current, ...definedOnly(input) }, typography) };
  // Nothing a reader could see differs (the editor may serialize the same text a little differently): nothing to propose.
  const unchanged = title === head.title && sameFields(fields, current) && diffDocuments(JSON.parse(head.bodyJson) as SerializedDocument, body).identical;
  if (unchanged) throw new PalabreError('amendment_empty');
  const note = cleanText(input.note ?? '').trim();
  const author = currentParticipant(ctx);
  const id = ctx.newId();
  const versionId = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    // A version of the recommendation, but not its head: the row, the index and the numbering stay as they are.
    ctx.recommendations.insertVersion(
      {
        id: versionId,
        recommendationId: row.id,
        title,
        bodyJson: JSON.stringify(body),
        fieldsJson: fieldsToJson(fields),
        authorId: author?.id ?? null,
        authorName: author?.name ?? null,
        origin: 'edit',
        createdAt: at,
      },
      [head.id],
    );
    ctx.amendments.insert({ id, recommendationId: row.id, versionId, baseVersionId: head.id, authorId: author?.id ?? null, authorName: author?.name ?? null, note, createdAt: at });
    recordAudit(ctx, { meetingId: row.meetingId, recommendationId: row.id, action: 'amendment.propose', detail: { amendmentId: id }, at });
  })();
  return amendmentOf(ctx, ctx.amendments.get(id)!);
}

/** The amendments of a meeting or of one recommendation, newest first, pending or decided. */
export function listAmendments(ctx: ServiceContext, scope: { meetingId?: string | undefined; recommendationId?: string | undefined }): Amendment[] {
  let rows: AmendmentRow[];
  if (scope.recommendationId) rows = ctx.amendments.byRecommendation(requireRecommendation(ctx, scope.recommendationId).id);
  else rows = ctx.amendments.byMeeting(requireMeeting(ctx, scope.meetingId!).id);
  const summaries = new Map<string, RecommendationSummary[]>();
  return rows.map((r) => {
    if (!summaries.has(r.meetingId)) summaries.set(r.meetingId, listRecommendations(ctx, r.meetingId));
    return amendmentOf(ctx, r, summaries.get(r.meetingId));
  });
}

export function reviewAmendment(ctx: ServiceContext, amendmentId: string): AmendmentReview {
  const amendment = requirePending(ctx, amendmentId);
  const review = computeReview(ctx, amendment);
  return {
    amendment: amendmentOf(ctx, amendment),
    headVersionId: review.headVersionId,
    title: { before: review.headTitle, after: review.title, runs: diffPlainText(review.headTitle, review.title), hunkId: review.titleHunk?.id ?? null },
    body: review.hunked.diff,
    fields: review.fieldHunks.map(({ change, hunk }) => ({ ...change, hunkId: hunk.id })),
    hunks: review.hunks,
  };
}

export interface DecideInput {
  amendmentId: string;
  accept?: string[] | undefined;
  reject?: string[] | undefined;
  acceptAll?: boolean | undefined;
  rejectAll?: boolean | undefined;
}

/**
 * Applies exactly the accepted changes to the current head. Changes not named are rejected (they
 * leave the text as it is); a change named that the review no longer has (the text moved since) is
 * refused, and nothing is written.
 */
export function decideAmendment(ctx: ServiceContext, input: DecideInput): AmendmentDecision {
  const amendment = requirePending(ctx, input.amendmentId);
  const row = requireRecommendation(ctx, amendment.recommendationId);
  const review = computeReview(ctx, amendment);
  const ids = review.hunks.map((h) => h.id);
  const named = [...(input.accept ?? []), ...(input.reject ?? [])];
  const both = (input.accept ?? []).find((id) => (input.reject ?? []).includes(id));
  if (both) throw new PalabreError('conflicting_decision', both);
  const unknown = named.filter((id) => !ids.includes(id));
  if (unknown.length > 0) throw new PalabreError('stale_review', unknown.join(', '));
  const accepted = new Set(input.acceptAll ? ids : input.rejectAll ? [] : (input.accept ?? []));
  const rejected = ids.filter((id) => !accepted.has(id));
  const status: AmendmentStatus = accepted.size === 0 ? (ids.length === 0 && input.acceptAll ? 'accepted' : 'rejected') : rejected.length === 0 ? 'accepted' : 'partially_accepted';
  const decider = currentParticipant(ctx);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    let resultVersionId: string | null = null;
    if (accepted.size > 0) {
      const head = ctx.recommendations.version(row.headVersionId)!;
      const fields: RecommendationFields = { ...fieldsOf(row) };
      for (const { change, hunk } of review.fieldHunks) if (accepted.has(hunk.id)) Object.assign(fields, { [change.field]: change.after });
      const body = withBlockIds(applyHunks(review.headBody, review.proposalBody, review.hunked, accepted), ctx.newId);
      const credited = amendment.authorName !== null && amendment.authorId !== (decider?.id ?? null);
      resultVersionId = appendVersion(ctx, {
        recommendationId: row.id,
        meetingId: row.meetingId,
        title: review.titleHunk && accepted.has(review.titleHunk.id) ? review.title : head.title,
        body,
        fields,
        parentIds: [head.id, amendment.versionId],
        origin: 'merge',
        at,
        coauthors: credited ? [{ id: amendment.authorId, name: amendment.authorName! }] : [],
      });
      ctx.meetings.touch(row.meetingId, at);
    }
    ctx.amendments.decide({
      id: amendment.id,
      status,
      decidedAt: at,
      decidedBy: decider?.id ?? null,
      decidedByName: decider?.name ?? null,
      resultVersionId,
      decisionJson: JSON.stringify({ accepted: [...accepted], rejected }),
    });
    recordAudit(ctx, {
      meetingId: row.meetingId,
      recommendationId: row.id,
      action: 'amendment.decide',
      detail: { amendmentId: amendment.id, status, accepted: accepted.size, rejected: rejected.length, proposerName: amendment.authorName, resultVersionId },
      at,
    });
  })();
  return {
    amendment: amendmentOf(ctx, ctx.amendments.get(amendment.id)!),
    recommendation: getRecommendation(ctx, row.id),
    accepted: [...accepted],
    rejected,
  };
}

interface Review {
  headVersionId: string;
  headTitle: string;
  headBody: SerializedDocument;
  /** The proposal carried onto the current head (see shared/diff/rebase.ts). */
  proposalBody: SerializedDocument;
  title: string;
  titleHunk: ChangeHunk | null;
  hunked: HunkedDiff;
  fieldHunks: Array<{ change: FieldChange; hunk: ChangeHunk }>;
  hunks: AmendmentReview['hunks'];
}

/**
 * The changes of an amendment against today's head: what the amendment changed relative to its
 * base, carried onto the head — text block by block, the title and each field only if the amendment
 * changed them. A change also made on the head since is marked as a conflict.
 */
function computeReview(ctx: ServiceContext, amendment: AmendmentRow): Review {
  const row = requireRecommendation(ctx, amendment.recommendationId);
  const head = stateOf(ctx.recommendations.version(row.headVersionId)!, row);
  const base = stateOf(ctx.recommendations.version(amendment.baseVersionId)!, row);
  const proposal = stateOf(ctx.recommendations.version(amendment.versionId)!, row);
  const { doc, conflicts } = rebaseProposal(base.body, proposal.body, head.body);
  const hunked = bodyHunks(diffDocuments(head.body, doc));
  const proposedTitle = proposal.title !== base.title ? proposal.title : head.title;
  const title = titleHunk(head.title, proposedTitle);
  const headFields = fieldsOf(row);
  const fieldHunks: Review['fieldHunks'] = [];
  for (const key of AMENDABLE) {
    const changed = JSON.stringify(proposal.fields[key]) !== JSON.stringify(base.fields[key]);
    const after = changed ? proposal.fields[key] : headFields[key];
    const hunk = fieldHunk(key, headFields[key], after);
    if (hunk) fieldHunks.push({ change: { field: key, before: headFields[key], after } as FieldChange, hunk });
  }
  // A conflict: the head changed there too since the amendment's base.
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const hunks: AmendmentReview['hunks'] = [
    ...(title ? [{ ...title, conflict: differs(head.title, base.title) }] : []),
    ...hunked.hunks.map((h) => ({ ...h, conflict: h.blockUid !== null && conflicts.has(h.blockUid) })),
    ...fieldHunks.map(({ hunk }) => ({ ...hunk, conflict: differs(headFields[hunk.field!], base.fields[hunk.field!]) })),
  ];
  return { headVersionId: row.headVersionId, headTitle: head.title, headBody: head.body, proposalBody: doc, title: proposedTitle, titleHunk: title, hunked, fieldHunks, hunks };
}

function requirePending(ctx: ServiceContext, amendmentId: string): AmendmentRow {
  const amendment = ctx.amendments.get(amendmentId);
  if (!amendment) throw new PalabreError('unknown_amendment', amendmentId);
  requireRecommendation(ctx, amendment.recommendationId);
  if (amendment.status !== 'pending') throw new PalabreError('amendment_decided', DECIDED[amendment.status]);
  return amendment;
}

const DECIDED = {
  pending: { fr: 'en attente', en: 'pending' },
  accepted: { fr: 'accepté', en: 'accepted' },
  partially_accepted: { fr: 'accepté en partie', en: 'partly accepted' },
  rejected: { fr: 'rejeté', en: 'rejected' },
} as const;

function amendmentOf(ctx: ServiceContext, r: AmendmentRow, summaries = listRecommendations(ctx, r.meetingId)): Amendment {
  const rec = summaries.find((s) => s.id === r.recommendationId);
  return {
    id: r.id,
    recommendationId: r.recommendationId,
    meetingId: r.meetingId,
    recommendationNumber: rec?.number ?? '',
    recommendationTitle: rec?.title ?? r.title,
    versionId: r.versionId,
    baseVersionId: r.baseVersionId,
    authorId: r.authorId,
    authorName: r.authorName,
    authorDelegation: r.authorDelegation,
    title: r.title,
    note: r.note,
    status: r.status,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    decidedByName: r.decidedByName,
    resultVersionId: r.resultVersionId,
    headMoved: r.status === 'pending' && r.headVersionId !== r.baseVersionId,
  };
}
