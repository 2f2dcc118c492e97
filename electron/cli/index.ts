/**
 * Palabre's command line: `npm run cli -- <command> --db FILE [options]` (`--help` for the list).
 * Runs the same handlers as the desktop app over a database file; never loads Electron.
 */
import { runCli } from './run';

async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    lang: process.env.LANG,
  });
}

main().catch((error: unknown) => {
  // runCli reports its own failures; this is the last guard, still one line and no stack trace.
  process.stderr.write(`Palabre: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
