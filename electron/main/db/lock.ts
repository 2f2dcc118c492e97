/**
 * One writer per database file. Whoever opens a Palabre database (the desktop app, a command of the
 * command line) first takes its lock, and holds it until it closes the database. SQLite's own locks
 * last one transaction only; this one lasts the whole session, so the command line cannot write
 * under an open window.
 *
 * The lock is an operating-system file lock, not a marker file: `<file>.lock` is a tiny SQLite file
 * held in EXCLUSIVE locking mode by an open connection. The system releases it when the holder ends
 * in any way — a clean quit, a crash, SIGKILL, a power cut — so a dead holder never locks the user
 * out, and a new process that happens to get a dead holder's pid cannot either. `<file>.lock.json`
 * says who holds it (pid, host, since, app or command line), for the message only: it is never
 * trusted to decide. The lock file is never deleted (deleting a lock file that another process has
 * just opened would let two holders lock two different files).
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { PalabreError } from '../../../shared/errors';

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** What holds the database: `app` (the desktop window) or `cli`. */
  by: string;
}

export interface DatabaseLock {
  readonly path: string;
  /** Gives the lock back. Safe to call twice. */
  release(): void;
}

export interface LockOptions {
  /** The better-sqlite3 addon to load (the Electron build inside the app). */
  nativeBinding?: string;
  now?: () => Date;
}

export function lockPathFor(databasePath: string): string {
  return `${databasePath}.lock`;
}

function ownerPathFor(databasePath: string): string {
  return `${lockPathFor(databasePath)}.json`;
}

/** Takes the lock of `databasePath`, or throws `db_locked` naming who holds it. */
export function acquireDatabaseLock(databasePath: string, by: string, options: LockOptions = {}): DatabaseLock {
  const path = lockPathFor(databasePath);
  let db: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // timeout 0: a held lock is reported at once, not waited for.
    db = new Database(path, { nativeBinding: options.nativeBinding, timeout: 0 });
  } catch (error) {
    throw new PalabreError('db_unreadable', error instanceof Error ? error.message : String(error));
  }
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock; in EXCLUSIVE mode the connection keeps it until closed.
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (since TEXT); COMMIT;');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw lockedError(readOwner(databasePath), path);
    throw new PalabreError('db_unreadable', error instanceof Error ? error.message : String(error));
  }
  const me: LockOwner = { pid: process.pid, host: hostname(), since: (options.now?.() ?? new Date()).toISOString(), by };
  try {
    writeFileSync(ownerPathFor(databasePath), JSON.stringify(me));
  } catch {
    // Only the message would be poorer; the lock itself is held.
  }
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      db.close();
    },
  };
}

/** Who the last holder said it was (for messages; may describe a holder that is gone). */
export function readOwner(databasePath: string): LockOwner | undefined {
  try {
    const value = JSON.parse(readFileSync(ownerPathFor(databasePath), 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, since: String(value.since ?? ''), by: String(value.by ?? '') };
    }
  } catch {
    // Missing or cut short by a crash while it was written.
  }
  return undefined;
}

function lockedError(owner: LockOwner | undefined, path: string): PalabreError {
  const by = owner?.by;
  const fr = by === 'app' ? 'la fenêtre de Palabre' : by === 'cli' ? 'une commande Palabre' : 'un autre programme';
  const en = by === 'app' ? 'the Palabre window' : by === 'cli' ? 'a Palabre command' : 'another program';
  const who = owner ? { fr: ` (processus ${owner.pid} sur ${owner.host})`, en: ` (process ${owner.pid} on ${owner.host})` } : { fr: '', en: '' };
  return new PalabreError('db_locked', {
    fr: `${fr}${who.fr}\u202F; verrou\u00A0: ${path}`,
    en: `${en}${who.en}; lock: ${path}`,
  });
}

/**
 * Removes the lock's files, for a database that was just created and removed again (a command that
 * failed leaves no trace). Only for that case: an existing database's lock file is never deleted.
 */
export function removeLockFiles(databasePath: string): void {
  for (const file of [lockPathFor(databasePath), `${lockPathFor(databasePath)}-journal`, ownerPathFor(databasePath)]) rmSync(file, { force: true });
}
