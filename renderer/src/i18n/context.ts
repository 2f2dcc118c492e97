/** The current language and the translation functions, available to every component. */
import { createContext, useContext } from 'react';
import type { Locale } from '../../../shared/domain/types';
import type { MessageKey, Params, PluralBase } from './dictionaries';

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  plural(base: PluralBase, count: number, params?: Params): string;
  /** Switches the interface language now and remembers it for the next start. */
  setLocale(locale: Locale): void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside of I18nContext');
  return value;
}
