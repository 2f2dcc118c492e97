/** The --help texts, built from the command table so that they never drift from what is accepted. */
import type { Locale } from '../../shared/domain/types';
import type { Command } from './commands/types';
import { say } from './messages';
import { COMMON_OPTIONS, OPTIONS, type OptionName } from './options';

export function generalUsage(commands: readonly Command[], locale: Locale): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    say('usage_title', locale),
    '',
    say('usage_line', locale, `${say('usage_command_placeholder', locale)} --db ${placeholder('db', locale)} [options]`),
    '',
    say('usage_commands', locale),
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary[locale]}`),
    '',
    say('usage_common', locale),
    ...optionLines(COMMON_OPTIONS, locale),
    '',
    say('usage_more', locale),
    say('usage_exit_codes', locale),
  ].join('\n');
}

export function commandUsage(command: Command, locale: Locale): string {
  const required = ['db', ...(command.required ?? [])] as OptionName[];
  const optional = command.optional ?? [];
  const synopsis = [
    command.name,
    ...(command.argument ? [command.argument] : []),
    ...required.map((name) => `--${name} ${placeholder(name, locale, command)}`),
    ...optional.map((name) => `[${`--${name} ${placeholder(name, locale, command)}`.trimEnd()}]`),
    '[--json] [--lang fr|en]',
    ...(command.words ? [command.words[locale]] : []),
  ].join(' ');
  return [
    say('usage_line', locale, synopsis),
    command.summary[locale],
    '',
    say('usage_options', locale),
    ...optionLines([...required, ...optional, 'json', 'lang', 'help'], locale, command),
  ].join('\n');
}

function placeholder(name: OptionName, locale: Locale, command?: Command): string {
  const own = command?.optionPlaceholder?.[name];
  if (own) return own[locale];
  const spec = OPTIONS[name];
  return 'placeholder' in spec ? spec.placeholder[locale] : '';
}

function optionLines(names: readonly OptionName[], locale: Locale, command?: Command): string[] {
  const heads = names.map((name) => {
    const spec = OPTIONS[name];
    const short = 'short' in spec ? `-${spec.short}, ` : '';
    return `${short}--${name} ${placeholder(name, locale, command)}`.trimEnd();
  });
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return names.map((name, i) => `  ${heads[i]!.padEnd(width)}${(command?.optionHelp?.[name] ?? OPTIONS[name].help)[locale]}`);
}
