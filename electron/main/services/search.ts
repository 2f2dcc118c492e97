/**
 * Full-text search across a meeting: titles, texts and comments, accent- and case-insensitive (FTS5
 * unicode61 remove_diacritics 2), with the same filters as the recommendation list. Recommendations
 * in the trash are not in the index.
 */
import { comparisonKey } from '../../../shared/domain/fields';
import { numberOf } from '../../../shared/domain/numbering';
import { MATCH_END, MATCH_START, SEARCH_PAGE, type RecommendationFilters, type SearchHit, type SearchResults } from '../../../shared/domain/types';
import { foldForSearch } from '../../../shared/text';
import type { MeetingRow } from '../db/repositories/meetings';
import type { SearchCandidate, SearchFiltersSql } from '../db/repositories/search';
import type { ServiceContext } from './context';
import { requireMeeting } from './lookups';

/**
 * Turns what the user typed into an FTS5 expression: every word must appear, each as a prefix.
 * Words are quoted, so FTS5 operators typed by the user (NEAR, *, ") are taken as text.
 */
export function toMatchExpression(query: string): string | null {
  const words = foldForSearch(query).match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

export function searchMeeting(
  ctx: ServiceContext,
  meetingId: string,
  query: string,
  filters?: RecommendationFilters,
  page: { offset?: number | undefined; limit?: number | undefined } = {},
): SearchResults {
  const meeting = requireMeeting(ctx, meetingId);
  const offset = page.offset ?? 0;
  const expression = toMatchExpression(query);
  if (!expression) return { hits: [], total: 0, offset };
  const sqlFilters = toSqlFilters(filters);
  const limit = page.limit ?? SEARCH_PAGE;
  const candidates = ctx.search.ranked(expression, meetingId, sqlFilters, { offset, limit });
  // A first page that is not full holds every match: nothing left to count.
  const total = offset === 0 && candidates.length < limit ? candidates.length : ctx.search.count(expression, meetingId, sqlFilters);
  return { hits: numberHits(ctx, meeting, candidates), total, offset };
}

function numberHits(ctx: ServiceContext, meeting: MeetingRow, candidates: readonly SearchCandidate[]): SearchHit[] {
  if (candidates.length === 0) return [];
  const meetingId = meeting.id;
  // Numbered from counts, for the hits only (shared/domain/numbering.ts: the list's numbers).
  const committees = ctx.meetings.committees(meetingId);
  const committeeNames = new Map(committees.map((c) => [c.id, c.name]));
  let numbered: ReadonlyMap<string, number> | undefined;
  const counts = () => (numbered ??= ctx.recommendations.numberedByCommittee(meetingId));
  return candidates.map((row): SearchHit => {
    // Show where it matched: the text first, then a comment, else the title itself.
    const [matchedIn, excerpt] = row.bodyExcerpt.includes(MATCH_START)
      ? (['body', row.bodyExcerpt] as const)
      : row.commentsExcerpt.includes(MATCH_START)
        ? (['comments', row.commentsExcerpt] as const)
        : row.titleExcerpt.includes(MATCH_END)
          ? (['title', row.titleExcerpt] as const)
          : (['body', row.bodyExcerpt] as const);
    const number = numberOf(committees, counts, row, ctx.recommendations.numberedBefore(row.recommendationId), meeting.numbering);
    return { recommendationId: row.recommendationId, number, title: row.title, committeeName: committeeNames.get(row.committeeId) ?? '', status: row.status, matchedIn, excerpt };
  });
}

/** The list's filters (shared/domain/filters.ts) as the ranked query applies them: same rules, in SQL. */
function toSqlFilters(filters: RecommendationFilters | undefined): SearchFiltersSql {
  const delegation = filters?.delegation?.trim();
  const addressee = filters?.addressee?.trim();
  return {
    committeeId: filters?.committeeId || null,
    statuses: filters?.status && filters.status.length > 0 ? JSON.stringify(filters.status) : null,
    authorId: filters?.authorId || null,
    delegationKey: delegation ? comparisonKey(delegation) : null,
    addresseeKey: addressee ? comparisonKey(addressee) : null,
  };
}
