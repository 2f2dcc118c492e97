/**
 * The status workflow of a recommendation: draft → under_review → agreed → adopted, plus withdrawn.
 *
 * Allowed: one step forward, one step back (a text sent back for more work), withdrawing anything
 * that is not adopted, and taking a withdrawn text back as a draft. Everything else is refused, so
 * that an adopted text cannot silently become a draft again. `merged_into` is set by a merge only,
 * never by hand.
 */
import { quoted } from '../text';
import { STATUS_LABELS } from './labels';
import type { Localized, RecommendationStatus } from './types';

/** The main line, in order. */
export const STATUS_STEPS = ['draft', 'under_review', 'agreed', 'adopted'] as const satisfies readonly RecommendationStatus[];

/** The statuses a user may set by hand (in the order a menu shows them). */
export const SETTABLE_STATUSES = [...STATUS_STEPS, 'withdrawn'] as const satisfies readonly RecommendationStatus[];

/** The statuses reachable from `from`, in menu order. Staying on the same status is not a transition. */
export function nextStatuses(from: RecommendationStatus): RecommendationStatus[] {
  if (from === 'merged_into') return [];
  if (from === 'withdrawn') return ['draft'];
  const index = STATUS_STEPS.indexOf(from);
  const next: RecommendationStatus[] = [];
  if (index > 0) next.push(STATUS_STEPS[index - 1]!);
  if (index < STATUS_STEPS.length - 1) next.push(STATUS_STEPS[index + 1]!);
  if (from !== 'adopted') next.push('withdrawn');
  return SETTABLE_STATUSES.filter((status) => next.includes(status));
}

export function canChangeStatus(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return nextStatuses(from).includes(to);
}

/**
 * Why a change is refused, in both languages, naming both statuses and what is possible instead:
 * « de « brouillon » à « adoptée » (possible : « en cours d’examen », « retirée ») ».
 */
export function describeRefusedTransition(from: RecommendationStatus, to: RecommendationStatus): Localized {
  const quoteFr = (s: RecommendationStatus) => quoted('fr', STATUS_LABELS[s].fr);
  const quoteEn = (s: RecommendationStatus) => quoted('en', STATUS_LABELS[s].en);
  const possible = nextStatuses(from);
  const fr = `de ${quoteFr(from)} à ${quoteFr(to)} (${
    possible.length > 0 ? `possible\u00A0: ${possible.map(quoteFr).join(', ')}` : 'aucun changement possible'
  })`;
  const en = `from ${quoteEn(from)} to ${quoteEn(to)} (${
    possible.length > 0 ? `possible: ${possible.map(quoteEn).join(', ')}` : 'no change possible'
  })`;
  return { fr, en };
}
