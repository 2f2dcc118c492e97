/**
 * Dates as a report writes them: « 17 novembre 2025 », « 17–19 novembre 2025 », « 1er décembre »;
 * "17–19 November 2025". Written out here rather than left to Intl, so that every machine writes the
 * same words whatever its ICU data.
 */
import type { Locale } from '../domain/types';

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The calendar date of an ISO date or date-time (its first ten characters), or null when unreadable. */
function parse(iso: string | null): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

function day(d: number, locale: Locale): string {
  return locale === 'fr' && d === 1 ? '1er' : String(d);
}

/** « 17 novembre 2025 » / "17 November 2025"; '' when unreadable. */
export function formatDate(iso: string | null, locale: Locale): string {
  const date = parse(iso);
  if (!date) return '';
  return `${day(date.d, locale)}\u00A0${MONTHS[locale][date.m - 1]} ${date.y}`;
}

/** The dates of a meeting: one day, a range within a month, across months, or across years. */
export function formatDateRange(startsOn: string | null, endsOn: string | null, locale: Locale): string {
  const a = parse(startsOn);
  const b = parse(endsOn);
  if (!a || !b) return formatDate(a ? startsOn : endsOn, locale);
  if (a.y === b.y && a.m === b.m && a.d === b.d) return formatDate(startsOn, locale);
  const month = (x: Ymd) => MONTHS[locale][x.m - 1]!;
  if (a.y === b.y && a.m === b.m) return `${day(a.d, locale)}–${day(b.d, locale)}\u00A0${month(b)} ${b.y}`;
  if (a.y === b.y) return `${day(a.d, locale)}\u00A0${month(a)} – ${day(b.d, locale)}\u00A0${month(b)} ${b.y}`;
  return `${formatDate(startsOn, locale)} – ${formatDate(endsOn, locale)}`;
}
