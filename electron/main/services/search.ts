/** Full-text search across a meeting, accent- and case-insensitive (FTS5 unicode61 remove_diacritics 2). */
import type { SearchHit } from '../../../shared/domain/types';
import { MATCH_END, MATCH_START } from '../../../shared/domain/types';
import { foldForSearch } from '../../../shared/text';
import type { ServiceContext } from './context';
import { requireMeeting } from './meetings';
import { listRecommendations } from './recommendations';

const MAX_HITS = 100;

/**
 * Turns what the user typed into an FTS5 expression: every word must appear, each as a prefix.
 * Words are quoted, so FTS5 operators typed by the user (NEAR, *, ") are taken as text.
 */
export function toMatchExpression(query: string): string | null {
  const words = foldForSearch(query).match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

export function searchMeeting(ctx: ServiceContext, meetingId: string, query: string): SearchHit[] {
  requireMeeting(ctx, meetingId);
  const expression = toMatchExpression(query);
  if (!expression) return [];
  const summaries = new Map(listRecommendations(ctx, meetingId).map((r) => [r.id, r]));
  const committees = new Map(ctx.meetings.committees(meetingId).map((c) => [c.id, c.name]));
  const hits: SearchHit[] = [];
  for (const row of ctx.search.query(expression, meetingId, MAX_HITS)) {
    const rec = summaries.get(row.recommendationId);
    if (!rec) continue;
    const bodyHasMatch = row.excerpt.includes(MATCH_START);
    hits.push({
      recommendationId: rec.id,
      number: rec.number,
      title: rec.title,
      committeeName: committees.get(rec.committeeId) ?? '',
      excerpt: bodyHasMatch || !row.titleExcerpt.includes(MATCH_END) ? row.excerpt : row.titleExcerpt,
    });
  }
  return hits;
}
