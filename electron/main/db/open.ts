/**
 * Opens a Palabre database file: checks it, sets the pragmas every connection needs, backs it up and
 * migrates it. Nothing is written to a file that Palabre refuses (newer schema, damaged file).
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PalabreError } from '../../../shared/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export interface OpenOptions {
  /** Path of the better-sqlite3 addon to load (the Electron build inside the app). */
  nativeBinding?: string;
  /** Overrides the migration list (tests of the runner itself). */
  migrations?: readonly Migration[];
  /** Where pre-migration backups go; default: a `backups` folder beside the database. */
  backupDir?: string;
  /** Clock for backup names. */
  now?: () => Date;
}

export const BUSY_TIMEOUT_MS = 5000;

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length > 0 ? migrations[migrations.length - 1]!.version : 0;
  let db: Db;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { nativeBinding: options.nativeBinding, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new PalabreError('db_unreadable', describe(error));
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Read before any write: a file from a newer Palabre, or not a database at all, is left untouched.
    const current = readUserVersion(db);
    if (current > latest) throw new PalabreError('db_newer', String(current));
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new PalabreError('db_corrupt', check);
    applyConnectionPragmas(db);
    if (current < latest) {
      if (current > 0) await backupBeforeMigration(db, path, current, options);
      migrate(db, migrations, current);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof PalabreError) throw error;
    throw new PalabreError('db_unreadable', describe(error));
  }
}

/** Pragmas that do not persist (or that better-sqlite3 resets): set on every open. */
export function applyConnectionPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // NORMAL, not FULL (issue 8): under FULL every commit waited for the disk to sync the -wal file on
  // the main thread, 10 to 50 ms on a slow disk, and the whole process froze that long on each
  // autosave. In WAL mode NORMAL syncs only at checkpoints: a power cut can roll back the last
  // commits but never damage the file (consistency comes from WAL). Durability comes from the
  // dispatcher, which syncs the -wal file off the main thread before it answers a call that wrote
  // (db/walFlush.ts, handlers/durability.ts). Reported as NORMAL on reopen anyway, but set each time.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // The app checkpoints while the user pauses (services/idleCheckpoint.ts): SQLite's own checkpoint,
  // run inside whichever commit crosses this many pages, only bounds the -wal file in a long burst.
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
}

/** About 16 MB of -wal at SQLite's 4 KB pages; its default is 1,000 (about forty autosaves). */
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

export function readUserVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs the pending migrations and the version bump in one transaction: all of them, or none. */
export function migrate(db: Db, migrations: readonly Migration[], from: number): void {
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return;
  const run = db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  });
  run.exclusive();
}

async function backupBeforeMigration(db: Db, path: string, version: number, options: OpenOptions): Promise<string> {
  const dir = options.backupDir ?? join(dirname(path), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  let target = join(dir, `${basename(path)}.v${version}.${stamp}.before-migration.sqlite`);
  for (let n = 2; existsSync(target); n++) target = target.replace(/(\.\d+)?\.sqlite$/, `.${n}.sqlite`);
  // Written under a temporary name and renamed once complete: a crash mid-backup leaves no half
  // backup that would look like a good one.
  const partial = `${target}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
