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

  // Comments join their threads: threads first, then replies; one already here takes what became of it (catchUp).
  const comments = [...pkg.comments].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || a.createdAt.localeCompare(b.createdAt));
  for (const c of comments) {
    const here = ctx.comments.get(c.id);
    if (here !== undefined) {
      if (here.recommendationId === c.recommendationId && catchUp(ctx, here, c)) {
        outcome.commentsUpdated++;
        outcome.commented.add(c.recommendationId);
      }
      continue;
    }
    if (x.recommendationMeeting(c.recommendationId) !== meetingId) continue;
    if (c.parentId !== null && !x.commentExists(c.parentId)) continue;
    const versionId = c.versionId !== null && x.versionRecommendation(c.versionId) === c.recommendationId ? c.versionId : null;
    x.insertComment({ ...c, versionId, anchorJson: c.anchor ? JSON.stringify(c.anchor) : null, reopenedAt: c.resolvedAt === null ? (c.reopenedAt ?? null) : null });
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
 * - a thread's state (resolved or open) is that of its latest event, a resolution (`resolvedAt`)
 *   or a reopening (`reopenedAt`, format 7): a thread resolved elsewhere after it was reopened
 *   here is resolved here; reopened elsewhere after it was resolved here, it is open here. A
 *   thread open with no date (never resolved, or reopened before format 7) is no event.
 * Whether anything changed.
 */
function catchUp(ctx: ServiceContext, here: CommentRow, theirs: PackageComment): boolean {
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
  if (here.parentId === null) {
    const ours = here.resolvedAt ?? here.reopenedAt;
    const latest = theirs.resolvedAt ?? theirs.reopenedAt ?? null;
    if (latest !== null && (ours === null || latest > ours) && (theirs.resolvedAt !== null) !== (here.resolvedAt !== null)) {
      if (theirs.resolvedAt !== null) ctx.comments.setResolved(here.id, theirs.resolvedAt, { id: theirs.resolvedBy, name: theirs.resolvedByName });
      else ctx.comments.setReopened(here.id, latest);
      changed = true;
    }
  }
  return changed;
}
