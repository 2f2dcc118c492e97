/**
 * Runs the command line as a user would: a separate Node process (through tsx) on a real SQLite
 * file, reading its exit code, stdout and stderr.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../..');
const ENTRY = join(REPO, 'electron/cli/index.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], lang = 'fr_FR.UTF-8'): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', ENTRY, ...args],
      { cwd: REPO, env: { ...process.env, LANG: lang, LC_ALL: '' }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Runs a command that must succeed, and returns its stdout. */
export async function runOk(args: readonly string[]): Promise<string> {
  const result = await runCli(args);
  if (result.code !== 0) throw new Error(`palabre ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}

export function tempFolder(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'palabre-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every row of every table, in a stable order: equal dumps mean an unchanged database. */
export function dumpDatabase(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
    const dump = tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all();
      return [table, rows.map((row) => JSON.stringify(row)).sort()];
    });
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}
