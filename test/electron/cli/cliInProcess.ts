/**
 * Runs the command line in this process, through the same `runCli` as the `palabre` entry point, on a
 * real SQLite file: the same parsing, database opening, dispatcher and exit codes, without the second
 * or so a child process costs. process.test.ts checks the real process (exit status, streams).
 */
import { runCli as run } from '../../../electron/cli/run';
import type { CliResult } from './cliProcess';

export { dumpDatabase, tempFolder } from './cliProcess';

/** Output as a process would print it: each write is a line. */
export async function runCli(args: readonly string[], lang = 'fr_FR.UTF-8'): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => {
      stdout += `${text}\n`;
    },
    stderr: (text) => {
      stderr += `${text}\n`;
    },
    lang,
  });
  return { code, stdout, stderr };
}

/** Runs a command that must succeed, and returns its stdout. */
export async function runOk(args: readonly string[], lang?: string): Promise<string> {
  const result = await runCli(args, lang);
  if (result.code !== 0) throw new Error(`palabre ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}
