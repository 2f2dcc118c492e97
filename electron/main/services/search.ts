/**
 * Full-text search across a meeting: titles, texts and comments, accent- and case-insensitive (FTS5
 * unicode61 remove_diacritics 2), with the same filters as the recommendation list. Recommendations
 * in the trash are not in the index.
 */
import { filterRecommendations, hasFilters } from '../../../shared/domain/filters';
import { MATCH_END, MATCH_START, type RecommendationFilters, type SearchHit } from '../../../shared/domain/types';
import { foldForSearch } from '../../../shared/text';
import type { ServiceContext } from './context';
import { requireMeeting } from './lookups';
import { listRecommendations } from './recommendations';

const MAX_HITS = 100;
/** Read before filtering, so that a filter does not hide hits that ranked below the first hundred. */
const MAX_ROWS_BEFORE_FILTERS = 5000;

/**
 * Turns what the user typed into an FTS5 expression: every word must appear, each as a prefix.
 * Words are quoted, so FTS5 operators typed by the user (NEAR, *, ") are taken as text.
 */
export function toMatchExpression(query: string): string | null {
  const words = foldForSearch(query).match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

export function searchMeeting(ctx: ServiceContext, meetingId: string, query: string, filters?: RecommendationFilters): SearchHit[] {
  requireMeeting(ctx, meetingId);
  const expression = toMatchExpression(query);
  if (!expression) return [];
  const summaries = new Map(filterRecommendations(listRecommendations(ctx, meetingId), filters).map((r) => [r.id, r]));
  const committees = new Map(ctx.meetings.committees(meetingId).map((c) => [c.id, c.name]));
  const hits: SearchHit[] = [];
  for (const row of ctx.search.query(expression, meetingId, hasFilters(filters) ? MAX_ROWS_BEFORE_FILTERS : MAX_HITS)) {
    const rec = summaries.get(row.recommendationId);
    if (!rec) continue;
    // Show where it matched: the text first, then a comment, else the title itself.
    const [matchedIn, excerpt] = row.bodyExcerpt.includes(MATCH_START)
      ? (['body', row.bodyExcerpt] as const)
      : row.commentsExcerpt.includes(MATCH_START)
        ? (['comments', row.commentsExcerpt] as const)
        : row.titleExcerpt.includes(MATCH_END)
          ? (['title', row.titleExcerpt] as const)
          : (['body', row.bodyExcerpt] as const);
    hits.push({ recommendationId: rec.id, number: rec.number, title: rec.title, committeeName: committees.get(rec.committeeId) ?? '', status: rec.status, matchedIn, excerpt });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}
