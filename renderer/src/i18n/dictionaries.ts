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

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = DICTIONARIES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(intlLocale(locale)).format(value) : value;
  });
}

export function translatePlural(locale: Locale, base: PluralBase, count: number, params?: Params): string {
  const form = new Intl.PluralRules(intlLocale(locale)).select(count) === 'one' ? 'one' : 'other';
  return translate(locale, `${base}_${form}` as MessageKey, { count, ...params });
}
