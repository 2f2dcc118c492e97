/** The dictionaries and the pure lookup used by the React context. */
import type { Locale } from '../../../shared/domain/types';
import { en } from './en';
import { fr, type Dictionary, type MessageKey } from './fr';
import { intlLocale } from './format';

export type { MessageKey } from './fr';

export const DICTIONARIES: Record<Locale, Dictionary> = { fr, en };

/** The part before `_one` of every plural key: `plural('home.recCount', n)` picks `_one` or `_other`. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

export type Params = Record<string, string | number>;

// One formatter and one set of plural rules per language: building them is costly (the list of
// 600 recommendations asks for a count or a number hundreds of times on its first screen).
const NUMBERS = new Map<Locale, Intl.NumberFormat>();
const PLURALS = new Map<Locale, Intl.PluralRules>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = NUMBERS.get(locale);
  if (!format) NUMBERS.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
  return format;
}

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = PLURALS.get(locale);
  if (!rules) PLURALS.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return rules;
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = DICTIONARIES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

export function translatePlural(locale: Locale, base: PluralBase, count: number, params?: Params): string {
  const form = pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return translate(locale, `${base}_${form}` as MessageKey, { count, ...params });
}
