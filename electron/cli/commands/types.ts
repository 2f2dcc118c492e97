/** What a command declares, and what it receives to do its work. */
import type { Locale } from '../../../shared/domain/types';
import type { Dispatch } from '../../main/handlers';
import type { ServiceContext } from '../../main/services/context';
import type { Localized, MessageKey } from '../messages';
import type { OptionName } from '../options';

export interface CommandRun {
  /** The same dispatcher as IPC: use it with `call` so that input is validated the same way. */
  dispatch: Dispatch;
  /** For the few use-cases that are not channels (the demo). */
  services: ServiceContext;
  option(name: OptionName): string | undefined;
  /** Whether a boolean option (`--table`) was given. */
  flag(name: OptionName): boolean;
  /** A required option (presence already checked against the command's declaration). */
  need(name: OptionName): string;
  /** Words after the command name (the search text, or the one argument of a command that takes one). */
  words: readonly string[];
  /** The command's one argument (commands that declare `argument`). */
  argument(): string;
  json: boolean;
  /** A boolean option (`--dry-run`): true when given. */
  flag(name: OptionName): boolean;
  locale: Locale;
  /** Writes one line (or several) of text on stdout. */
  print(text: string): void;
  printJson(value: unknown): void;
  printMessage(key: MessageKey, detail?: string): void;
}

export interface Command {
  /** One or two words: `demo`, `meeting create`. */
  name: string;
  summary: Localized;
  required?: readonly OptionName[];
  optional?: readonly OptionName[];
  /** Free words after the options (joined with spaces), shown under this placeholder in the usage. */
  words?: Localized;
  /** What to say when the free words are missing (default: the search's message). */
  wordsMissing?: MessageKey;
  /** Exactly one word after the command name (an id), shown under this placeholder in the usage (`ID`). */
  argument?: string;
  /** What to write after an option in this command's usage, when it differs from the option's usual placeholder. */
  optionPlaceholder?: Partial<Readonly<Record<OptionName, Localized>>>;
  /** What an option means for this command, when it is more precise than the option's general help. */
  optionHelp?: Partial<Readonly<Record<OptionName, Localized>>>;
  /** Only commands that make something from nothing may create the database file. */
  createsDatabase?: boolean;
  /** Contract field → option, so a validation message names what the user typed (`startsOn` → `--from`). */
  fieldOptions?: Readonly<Record<string, OptionName>>;
  run(run: CommandRun): Promise<void>;
}
