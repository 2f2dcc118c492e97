/** What drafting commands read from the command line: the text (--text or --file) and who acts (--as). */
import { readFileSync } from 'node:fs';
import { PalabreError } from '../../../shared/errors';
import { createDispatcher, type Dispatch } from '../../main/handlers';
import { actingAs } from '../../main/services/profile';
import { CliError } from '../errors';
import type { CommandRun } from './types';

/** The text given with --text or read from --file (UTF-8, a leading BOM ignored); exactly one of the two. */
export function readText(r: CommandRun): string {
  const text = r.option('text');
  const file = r.option('file');
  if ((text === undefined) === (file === undefined)) throw new CliError('text_or_file');
  let value: string;
  if (text !== undefined) {
    value = text;
  } else {
    try {
      value = readFileSync(file!, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      throw new CliError('unreadable_file', `${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (value.trim().length === 0) throw new CliError('empty_text');
  return value;
}

/**
 * The dispatcher to use: the session's, or with --as one that acts as that participant, for this
 * command only (the database's profile is not changed). The participant must be one of the meeting's.
 */
export function dispatcherFor(r: CommandRun, meetingId: string): Dispatch {
  const as = r.option('as');
  if (as === undefined) return r.dispatch;
  const ctx = actingAs(r.services, as);
  if (r.services.people.participant(as)?.meetingId !== meetingId) throw new PalabreError('participant_mismatch');
  return createDispatcher(ctx);
}
