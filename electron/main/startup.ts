/**
 * Decisions the desktop app takes before its window exists: where the database is, which language
 * to speak when the database cannot tell, what to say when it cannot open, where the built files
 * are. No Electron here, so each decision is unit tested.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { PalabreError, formatError } from '../../shared/errors';
import type { Locale } from '../../shared/domain/types';
import { dialogText } from './dialogText';

export const DATABASE_FILE = 'palabre.sqlite';
export const DATABASE_ENV = 'PALABRE_DB';

/** `<userData>/palabre.sqlite`, unless PALABRE_DB names another file (tests, a second profile). */
export function databasePath(userData: string, env: Readonly<Record<string, string | undefined>>): string {
  const override = env[DATABASE_ENV]?.trim();
  if (override) return isAbsolute(override) ? override : resolve(override);
  return join(userData, DATABASE_FILE);
}

/**
 * The language of the operating system, used only until the database says otherwise: English when
 * the user's first language is English, French in every other case (French is Palabre's default).
 */
export function systemLocale(preferredLanguages: readonly string[]): Locale {
  const first = preferredLanguages[0]?.toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') ? 'en' : 'fr';
}

/** The native dialog shown when the database cannot be opened: the reason, never a stack trace. */
export function startupErrorText(error: unknown, locale: Locale, path: string): { title: string; message: string } {
  const reason =
    error instanceof PalabreError
      ? // toValue(): a detail written in each language (the lock's holder) must not stay in English.
        error.toValue().message[locale]
      : formatError('internal', error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : '', locale);
  return {
    title: dialogText('startupErrorTitle', locale),
    message: `${reason}\n\n${dialogText('startupErrorHint', locale, { path })}`,
  };
}

/** The built preload and renderer, found from the folder of the built main bundle (out/main). */
export function builtFiles(mainDir: string): { preload: string; indexHtml: string } {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    indexHtml: join(mainDir, '..', 'renderer', 'index.html'),
  };
}
