/** Small formatting helpers of the review screens. */
import type { Locale } from '../../../shared/domain/types';
import { intlLocale } from '../i18n/format';

/** A calendar day (YYYY-MM-DD) in the reader's language, read in UTC so it never shifts by a day. */
export function formatDay(locale: Locale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** « Awa Traoré (Mali) », or the name alone. */
export function personLabel(name: string | null, delegation: string | null, unknown: string): string {
  if (!name) return unknown;
  return delegation ? `${name} (${delegation})` : name;
}

/**
 * The people a version credits, as the history shows them: all of them when they are few, else the
 * first ones and how many others (an import's merge credits every expert whose contribution it took
 * in, forty at a large meeting). Never "and 1 other": that one is named.
 */
export function creditedNames(names: readonly string[], shown = 3): { names: string[]; others: number } {
  if (names.length <= shown + 1) return { names: [...names], others: 0 };
  return { names: names.slice(0, shown), others: names.length - shown };
}
