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

const UNNUMBERED: ReadonlySet<RecommendationStatus> = new Set(['withdrawn', 'merged_into']);

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
