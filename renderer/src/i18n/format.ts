/**
 * Dates and times written the way each language writes them, with Intl only (no date library).
 * Meeting dates are calendar days (`YYYY-MM-DD`): they are read and formatted in UTC so that a
 * meeting "12–14 septembre" never shifts by a day with the computer's time zone.
 */
import type { Locale } from '../../../shared/domain/types';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** Formatters are costly to build and lists format many dates: one per language and options. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return format;
}

function calendarDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const dayFormat: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/** « 12–14 septembre 2024 », « 30 septembre – 2 octobre 2024 », or one day; null when no date is set. */
export function formatDateRange(locale: Locale, startsOn: string | null, endsOn: string | null): string | null {
  const start = startsOn ? calendarDay(startsOn) : null;
  const end = endsOn ? calendarDay(endsOn) : null;
  const format = dateTimeFormat(locale, dayFormat);
  if (start && end && end.getTime() > start.getTime()) return format.formatRange(start, end);
  const only = start ?? end;
  return only ? format.format(only) : null;
}

/** A moment (ISO timestamp) with date and time, in the computer's time zone. */
export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Just the time when the moment is today, otherwise date and time: for lists of recent versions. */
export function formatMoment(locale: Locale, iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { timeStyle: 'short' }
    : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return dateTimeFormat(locale, options).format(date);
}
