/**
 * Filtering and counting recommendation summaries: the same rules for the list, the search and the
 * meeting page, and usable on either side of the IPC boundary.
 */
import { comparisonKey } from './fields';
import { RECOMMENDATION_STATUSES, type RecommendationFilters, type RecommendationSummary, type StatusCounts } from './types';

/** True when `filters` has no filter in it (an empty status list filters nothing). */
export function hasFilters(filters: RecommendationFilters | undefined): boolean {
  if (!filters) return false;
  return Boolean(
    filters.committeeId || (filters.status && filters.status.length > 0) || filters.authorId || filters.delegation?.trim() || filters.addressee?.trim(),
  );
}

export function matchesFilters(rec: RecommendationSummary, filters: RecommendationFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.committeeId && rec.committeeId !== filters.committeeId) return false;
  if (filters.status && filters.status.length > 0 && !filters.status.includes(rec.status)) return false;
  if (filters.authorId && rec.authorId !== filters.authorId) return false;
  const delegation = filters.delegation?.trim();
  if (delegation && (rec.authorDelegation === null || comparisonKey(rec.authorDelegation) !== comparisonKey(delegation))) return false;
  const addressee = filters.addressee?.trim();
  if (addressee) {
    const wanted = comparisonKey(addressee);
    if (!rec.addressees.some((a) => comparisonKey(a) === wanted)) return false;
  }
  return true;
}

export function filterRecommendations<T extends RecommendationSummary>(list: readonly T[], filters: RecommendationFilters | undefined): T[] {
  return hasFilters(filters) ? list.filter((rec) => matchesFilters(rec, filters)) : [...list];
}

/** How many recommendations have each status; every status is present, zero included. */
export function countByStatus(list: ReadonlyArray<Pick<RecommendationSummary, 'status'>>): StatusCounts {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const rec of list) counts[rec.status] += 1;
  return counts;
}
