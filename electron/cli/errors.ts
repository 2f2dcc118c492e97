/**
 * How the command line fails: one line on stderr in the user's language, and an exit code a script
 * can test. 2 means the input was wrong (nothing was changed); 1 means Palabre could not do it.
 */
import type { Locale } from '../../shared/domain/types';
import { PalabreError, ReportedError, errorValue, type ErrorCode, type ErrorValue } from '../../shared/errors';
import { say, type MessageKey } from './messages';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** A mistake in the command line itself, found before anything is opened. */
export class CliError extends Error {
  readonly key: MessageKey;
  readonly detail: string;
  constructor(key: MessageKey, detail = '') {
    super(say(key, 'en', detail));
    this.name = 'CliError';
    this.key = key;
    this.detail = detail;
  }
}

// db_locked is not among them: the database is fine, the user must close the app first (exit 2).
const FAILURES: ReadonlySet<ErrorCode> = new Set(['db_newer', 'db_corrupt', 'db_unreadable', 'backup_unavailable', 'save_not_durable', 'internal']);

export interface Failure {
  message: string;
  exitCode: number;
}

/** Any error, as the line to print and the exit code. Never a stack trace. */
export function describeFailure(error: unknown, locale: Locale, renameFields: (message: string) => string = (m) => m): Failure {
  if (error instanceof CliError) return { message: oneLine(say(error.key, locale, error.detail)), exitCode: EXIT_BAD_INPUT };
  let value: ErrorValue;
  if (error instanceof ReportedError) value = error.value;
  else if (error instanceof PalabreError) value = error.toValue();
  else value = errorValue('internal', error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200));
  return {
    message: oneLine(renameFields(value.message[locale])),
    exitCode: FAILURES.has(value.code) ? EXIT_FAILURE : EXIT_BAD_INPUT,
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
