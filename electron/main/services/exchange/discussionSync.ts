/**
 * What a package brings of the discussion around its recommendations: comments (joining their
 * threads) and amendments (with the decisions taken elsewhere). Versions, records and orders are
 * taken first (importPackage.ts): both point to them.
 */
import type { PalabrePackage } from '../../../../shared/package/format';
import type { ServiceContext } from '../context';

export interface DiscussionOutcome {
  /** Recommendations that received comments: their search row is out of date. */
  commented: Set<string>;
  comments: number;
  amendmentsChanged: number;
}

export function applyDiscussion(ctx: ServiceContext, pkg: PalabrePackage): DiscussionOutcome {
  const x = ctx.exchange;
  const meetingId = pkg.meeting.id;
  const outcome: DiscussionOutcome = { commented: new Set(), comments: 0, amendmentsChanged: 0 };

  // Comments join their threads: threads first, then replies; a comment already here is left as it is.
  const comments = [...pkg.comments].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || a.createdAt.localeCompare(b.createdAt));
  for (const c of comments) {
    if (x.commentExists(c.id)) continue;
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
