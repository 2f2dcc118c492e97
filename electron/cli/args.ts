/**
 * Reads the command line with node:util's parseArgs (tokens mode) and checks it against the
 * command's declaration. parseArgs runs non-strict so that every mistake is reported here, in the
 * user's language, rather than as parseArgs' English exception.
 */
import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/domain/types';
import type { Command } from './commands/types';
import { CliError } from './errors';
import { localeFromEnvironment } from './messages';
import { COMMON_OPTIONS, OPTIONS, type OptionName } from './options';

export interface CommandLine {
  help: boolean;
  /** Undefined only when help was asked without a command. */
  command: Command | undefined;
  values: Partial<Record<OptionName, string | true>>;
  words: string[];
}

type ParseOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type Tokens = ReturnType<typeof parseArgs>['tokens'] & object;

const PARSE_OPTIONS: ParseOptions = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, spec]) => [name, 'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type }]),
);

export function tokenize(argv: readonly string[]): Tokens {
  return parseArgs({ args: [...argv], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** The language of messages: the last --lang, else from LANG. A wrong --lang is reported in LANG's language. */
export function chooseLocale(tokens: Tokens, lang: string | undefined): Locale {
  const token = tokens.filter((t) => t.kind === 'option' && t.name === 'lang').pop();
  if (!token || token.kind !== 'option') return localeFromEnvironment(lang);
  if (token.value !== 'fr' && token.value !== 'en') throw new CliError('unknown_language', token.value ?? '');
  return token.value;
}

export function readCommandLine(tokens: Tokens, commands: readonly Command[]): CommandLine {
  const optionTokens = tokens.flatMap((t) => (t.kind === 'option' ? [t] : []));
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const help = optionTokens.some((t) => t.name === 'help');
  const { command, words } = resolveCommand(positionals, commands, help);
  if (!command) return { help, command, values: {}, words };
  const values = readOptions(optionTokens, command);
  if (!help) checkRequired(command, values, words);
  return { help, command, values, words };
}

function resolveCommand(positionals: string[], commands: readonly Command[], help: boolean): { command: Command | undefined; words: string[] } {
  const [first, second] = positionals;
  if (first === undefined) {
    if (help) return { command: undefined, words: [] };
    throw new CliError('missing_command');
  }
  const two = commands.find((c) => c.name === `${first} ${second}`);
  if (two) return { command: two, words: positionals.slice(2) };
  const one = commands.find((c) => c.name === first);
  if (one) return { command: one, words: positionals.slice(1) };
  const group = commands.filter((c) => c.name.startsWith(`${first} `));
  if (group.length > 0) {
    if (help && second === undefined) return { command: undefined, words: [] };
    const choices = group.map((c) => c.name).join(', ');
    if (second === undefined) throw new CliError('missing_subcommand', choices);
    throw new CliError('unknown_command', `${first} ${second}`);
  }
  throw new CliError('unknown_command', first);
}

function readOptions(tokens: ReadonlyArray<{ name: string; rawName: string; value?: string; inlineValue?: boolean }>, command: Command) {
  const allowed = new Set<string>([...COMMON_OPTIONS, ...(command.required ?? []), ...(command.optional ?? [])]);
  const values: Partial<Record<OptionName, string | true>> = {};
  for (const token of tokens) {
    if (!allowed.has(token.name)) throw new CliError('unknown_option', token.rawName);
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw new CliError('unexpected_value', token.rawName);
      values[name] = true;
      continue;
    }
    // parseArgs takes the next word as the value even when it is another option (`--title --venue`).
    const looksLikeOption = token.inlineValue === false && token.value?.startsWith('-');
    if (token.value === undefined || looksLikeOption) throw new CliError('missing_value', token.rawName);
    values[name] = token.value;
  }
  return values;
}

function checkRequired(command: Command, values: Partial<Record<OptionName, string | true>>, words: string[]): void {
  for (const name of ['db', ...(command.required ?? [])] as OptionName[]) {
    if (values[name] === undefined) throw new CliError('missing_option', `--${name}`);
  }
  if (command.words) {
    if (words.join(' ').trim().length === 0) throw new CliError(command.wordsMissing ?? 'missing_query');
  } else if (command.argument) {
    if (words.length === 0) throw new CliError('missing_argument', `${command.name} ${command.argument}`);
    if (words.length > 1) throw new CliError('unexpected_argument', words[1]!);
  } else if (words.length > 0) {
    throw new CliError('unexpected_argument', words[0]!);
  }
}
