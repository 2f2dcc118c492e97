/**
 * One run of the command line, independent of the process: reads the arguments, opens the database,
 * runs the command through the dispatcher, and returns the exit code. Output is held back until the
 * command has succeeded, so a failure prints its one line on stderr and nothing else.
 */
import type { Locale } from '../../shared/domain/types';
import { chooseLocale, readCommandLine, tokenize, type CommandLine } from './args';
import { COMMANDS } from './commands';
import type { Command, CommandRun } from './commands/types';
import { CliError, EXIT_OK, describeFailure } from './errors';
import { localeFromEnvironment, say } from './messages';
import type { OptionName } from './options';
import { openSession, type Session } from './session';
import { commandUsage, generalUsage } from './usage';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The LANG environment variable. */
  lang: string | undefined;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = localeFromEnvironment(io.lang);
  let line: CommandLine;
  try {
    const tokens = tokenize(argv);
    locale = chooseLocale(tokens, io.lang);
    line = readCommandLine(tokens, COMMANDS);
  } catch (error) {
    return fail(io, describeFailure(error, locale));
  }
  if (line.help || !line.command) {
    io.stdout(line.command ? commandUsage(line.command, locale) : generalUsage(COMMANDS, locale));
    return EXIT_OK;
  }
  const command = line.command;
  const rename = fieldRenamer(command);
  let session: Session;
  try {
    session = await openSession(String(line.values.db), command.createsDatabase ?? false);
  } catch (error) {
    return fail(io, describeFailure(error, locale));
  }
  const output: string[] = [];
  let failed = true;
  try {
    await command.run(commandRun(line, session, locale, output));
    failed = false;
  } catch (error) {
    return fail(io, describeFailure(error, locale, rename));
  } finally {
    session.close(failed);
  }
  if (output.length > 0) io.stdout(output.join('\n'));
  return EXIT_OK;
}

function commandRun(line: CommandLine, session: Session, locale: Locale, output: string[]): CommandRun {
  const option = (name: OptionName) => {
    const value = line.values[name];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    dispatch: session.dispatch,
    services: session.services,
    option,
    flag: (name) => line.values[name] === true,
    need(name) {
      const value = option(name);
      if (value === undefined) throw new CliError('missing_option', `--${name}`);
      return value;
    },
    words: line.words,
    argument() {
      const value = line.words[0];
      if (value === undefined) throw new CliError('missing_argument', line.command?.name ?? '');
      return value;
    },
    json: line.values.json === true,
    locale,
    print: (text) => output.push(text),
    printJson: (value) => output.push(JSON.stringify(value, null, 2)),
    printMessage: (key, detail) => output.push(say(key, locale, detail)),
  };
}

/** Validation messages name contract fields (`startsOn`); the user typed options (`--from`). */
function fieldRenamer(command: Command): (message: string) => string {
  const pairs = Object.entries(command.fieldOptions ?? {});
  return (message) =>
    pairs.reduce((text, [field, option]) => text.replace(new RegExp(`(?<=^|[\\s;(])${field}(?=:)`, 'g'), `--${option}`), message);
}

function fail(io: CliIo, failure: { message: string; exitCode: number }): number {
  io.stderr(failure.message);
  return failure.exitCode;
}
