/**
 * Recommendation numbers are derived from order, never stored as the source of truth: committees in
 * their order, recommendations in their order inside each committee. Withdrawn and merged
 * recommendations keep no number, so the adopted text reads 1, 2, 3… without gaps.
 */
import type { NumberingScheme, RecommendationStatus } from './types';

export interface NumberableRecommendation {
  id: string;
  committeeId: string;
  position: number;
  status: RecommendationStatus;
}

export interface NumberableCommittee {
  id: string;
  position: number;
}

export const UNNUMBERED_STATUSES: ReadonlySet<RecommendationStatus> = new Set(['withdrawn', 'merged_into']);
const UNNUMBERED = UNNUMBERED_STATUSES;

/** Returns the display number of every numbered recommendation, keyed by id ('' for unnumbered). */
export function computeNumbers(
  committees: readonly NumberableCommittee[],
  recommendations: readonly NumberableRecommendation[],
  scheme: NumberingScheme,
): Map<string, string> {
  const committeeOrder = [...committees].sort((a, b) => a.position - b.position);
  const byCommittee = new Map<string, NumberableRecommendation[]>();
  for (const rec of recommendations) {
    const list = byCommittee.get(rec.committeeId) ?? [];
    list.push(rec);
    byCommittee.set(rec.committeeId, list);
  }
  const numbers = new Map<string, string>();
  let running = 0;
  committeeOrder.forEach((committee, committeeIndex) => {
    const list = (byCommittee.get(committee.id) ?? []).sort((a, b) => a.position - b.position);
    let inCommittee = 0;
    for (const rec of list) {
      if (UNNUMBERED.has(rec.status)) {
        numbers.set(rec.id, '');
        continue;
      }
      running += 1;
      inCommittee += 1;
      numbers.set(rec.id, scheme === 'continuous' ? String(running) : `${committeeIndex + 1}.${inCommittee}`);
    }
  });
  return numbers;
}

/**
 * The number of ONE recommendation, as computeNumbers would give it, from counts instead of the whole
 * list: how many numbered recommendations each committee holds, and how many come before this one in
 * its committee. Lets a save or a search hit be numbered without reading the meeting's list. The
 * counts per committee are asked for only when the number needs them (continuous numbering, after
 * the first committee): a save numbered by committee does not count the meeting.
 */
export function numberOf(
  committees: readonly NumberableCommittee[],
  numberedByCommittee: () => ReadonlyMap<string, number>,
  rec: Pick<NumberableRecommendation, 'committeeId' | 'status'>,
  numberedBeforeInCommittee: number,
  scheme: NumberingScheme,
): string {
  if (UNNUMBERED.has(rec.status)) return '';
  const committeeOrder = [...committees].sort((a, b) => a.position - b.position);
  const committeeIndex = committeeOrder.findIndex((c) => c.id === rec.committeeId);
  // A recommendation whose committee was removed has no place in the reading order.
  if (committeeIndex < 0) return '';
  if (scheme !== 'continuous') return `${committeeIndex + 1}.${numberedBeforeInCommittee + 1}`;
  let running = numberedBeforeInCommittee + 1;
  if (committeeIndex === 0) return String(running);
  const counts = numberedByCommittee();
  for (const committee of committeeOrder.slice(0, committeeIndex)) running += counts.get(committee.id) ?? 0;
  return String(running);
}

/** Orders recommendations as they are numbered: by committee order, then position. */
export function sortInReadingOrder<T extends NumberableRecommendation>(
  committees: readonly NumberableCommittee[],
  recommendations: readonly T[],
): T[] {
  const committeeRank = new Map(committees.map((c) => [c.id, c.position]));
  return [...recommendations].sort(
    (a, b) =>
      (committeeRank.get(a.committeeId) ?? Number.MAX_SAFE_INTEGER) -
        (committeeRank.get(b.committeeId) ?? Number.MAX_SAFE_INTEGER) || a.position - b.position,
  );
}
