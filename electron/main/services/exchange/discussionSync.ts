/**
 * What a package brings of the discussion around its recommendations: comments (joining their
 * threads, and what became of those already here) and amendments (with the decisions taken
 * elsewhere). Versions, records and orders are taken first (importPackage.ts): both point to them.
 */
import type { PackageComment, PalabrePackage } from '../../../../shared/package/format';
import type { CommentRow } from '../../db/repositories/comments';
import type { ServiceContext } from '../context';

export interface DiscussionOutcome {
  /** Recommendations that received comments: their search row is out of date. */
  commented: Set<string>;
  comments: number;
  /** Comments already here that the package brought a later state of (deleted, edited, resolved). */
  commentsUpdated: number;
  amendmentsChanged: number;
}

export function applyDiscussion(ctx: ServiceContext, pkg: PalabrePackage): DiscussionOutcome {
  const x = ctx.exchange;
  const meetingId = pkg.meeting.id;
  const outcome: DiscussionOutcome = { commented: new Set(), comments: 0, commentsUpdated: 0, amendmentsChanged: 0 };

  // Comments join their threads: threads first, then replies; a comment already here is left as it is.
  const comments = [...pkg.comments].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || a.createdAt.localeCompare(b.createdAt));
  for (const c of comments) {
    const here = ctx.comments.get(c.id);
    if (here !== undefined) {
      if (here.recommendationId === c.recommendationId && catchUp(ctx, meetingId, here, c)) {
        outcome.commentsUpdated++;
        outcome.commented.add(c.recommendationId);
      }
      continue;
    }
    if (x.recommendationMeeting(c.recommendationId) !== meetingId) continue;
    if (c.parentId !== null && !x.commentExists(c.parentId)) continue;
    const versionId = c.versionId !== null && x.versionRecommendation(c.versionId) === c.recommendationId ? c.versionId : null;
    x.insertComment({ ...c, versionId, anchorJson: c.anchor ? JSON.stringify(c.anchor) : null });
    outcome.comments++;
    outcome.commented.add(c.recommendationId);
  }

  // Amendments: unknown ones are added (their versions came with the recommendation); a decision
  // taken elsewhere on one still pending here is recorded. A decision here is never overwritten.
  for (const a of pkg.amendments) {
    if (x.versionRecommendation(a.versionId) !== a.recommendationId || x.versionRecommendation(a.baseVersionId) !== a.recommendationId) continue;
    if (a.resultVersionId !== null && x.versionRecommendation(a.resultVersionId) !== a.recommendationId) continue;
    const row = { ...a, decisionJson: a.decision ? JSON.stringify(a.decision) : null };
    const here = x.amendmentStatus(a.id);
    if (here === undefined) x.insertAmendment(row);
    else if (!(here === 'pending' && a.status !== 'pending' && x.decideAmendment(row))) continue;
    outcome.amendmentsChanged++;
  }
  return outcome;
}

/**
 * A comment already here takes what happened to it elsewhere, each part by its own rule, so that
 * importing packages in any order ends the same:
 * - a deletion is final (deleted here, nothing more is taken; deleted there, it goes here too);
 * - its text (only its author edits it) is the one edited last, by `updatedAt`;
 * - a thread resolved elsewhere is resolved here, unless it is resolved here already, or was
 *   reopened here after that resolution (the audit log says when). A reopening elsewhere does not
 *   travel (a package says a thread is open, not since when): a resolved thread stays resolved
 *   until someone reopens it here.
 * Whether anything changed.
 */
function catchUp(ctx: ServiceContext, meetingId: string, here: CommentRow, theirs: PackageComment): boolean {
  if (here.deletedAt !== null) return false;
  if (theirs.deletedAt !== null) {
    ctx.comments.remove(here.id, theirs.deletedAt);
    return true;
  }
  let changed = false;
  if (theirs.updatedAt !== null && (here.updatedAt === null || theirs.updatedAt > here.updatedAt) && theirs.body !== here.body) {
    ctx.comments.update(here.id, theirs.body, theirs.updatedAt);
    changed = true;
  }
  if (here.parentId === null && theirs.resolvedAt !== null && here.resolvedAt === null && !ctx.comments.reopenedSince(meetingId, here.id, theirs.resolvedAt)) {
    ctx.comments.setResolved(here.id, theirs.resolvedAt, { id: theirs.resolvedBy, name: theirs.resolvedByName });
    changed = true;
  }
  return changed;
}
