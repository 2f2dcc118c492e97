/**
 * One writer per database file. Whoever opens a Palabre database (the desktop app, a command of the
 * command line) first takes `<file>.lock`, created exclusively (`wx`: the file system says who won),
 * holding the holder's pid, host and start time. SQLite's own locks only last one transaction; this
 * lock lasts the whole session, so the command line cannot write under an open window.
 *
 * A holder killed with SIGKILL leaves its lock file behind. Such a lock is stale, and is taken over,
 * when its pid is no longer alive on this host, or when the file is unreadable (a crash while it was
 * being written). A lock from another host (a database on a shared folder) cannot be checked and is
 * respected: the message names the host and the lock file.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

export function lockPathFor(databasePath: string): string {
  return `${databasePath}.lock`;
}

/** Takes the lock of `databasePath`, or throws `db_locked` naming who holds it. */
export function acquireDatabaseLock(databasePath: string, by: string, now: () => Date = () => new Date()): DatabaseLock {
  const path = lockPathFor(databasePath);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: now().toISOString(), by };
  // Two rounds: the second one after removing a stale lock. Losing a race twice means someone else holds it.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, me)) return ownLock(path, me);
    const owner = readOwner(path);
    if (owner === 'missing') continue;
    if (owner !== 'unreadable' && !isStale(owner)) throw lockedError(owner, path);
    rmSync(path, { force: true });
  }
  const owner = readOwner(path);
  throw lockedError(typeof owner === 'string' ? { pid: 0, host: '?', since: '', by: '?' } : owner, path);
}

/** Who holds the lock of `databasePath` now, if a live holder does. */
export function lockHolder(databasePath: string): LockOwner | undefined {
  const owner = readOwner(lockPathFor(databasePath));
  return typeof owner === 'string' || isStale(owner) ? undefined : owner;
}

function tryCreate(path: string, me: LockOwner): boolean {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new PalabreError('db_unreadable', (error as Error).message);
  }
  try {
    writeSync(fd, JSON.stringify(me));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(path: string): LockOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && Number.isInteger(value.pid) && value.pid > 0 && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, since: String(value.since ?? ''), by: String(value.by ?? '') };
    }
  } catch {
    // A lock file cut short by a crash while it was written.
  }
  return 'unreadable';
}

function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return false;
  return !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownLock(path: string, me: LockOwner): DatabaseLock {
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      const owner = readOwner(path);
      if (typeof owner !== 'string' && owner.pid === me.pid && owner.since === me.since) rmSync(path, { force: true });
    },
  };
}

function lockedError(owner: LockOwner, path: string): PalabreError {
  const fr = owner.by === 'app' ? 'la fenêtre de Palabre' : owner.by === 'cli' ? 'une commande Palabre' : 'un autre programme';
  const en = owner.by === 'app' ? 'the Palabre window' : owner.by === 'cli' ? 'a Palabre command' : 'another program';
  return new PalabreError('db_locked', {
    fr: `${fr} (processus ${owner.pid} sur ${owner.host})\u202F; verrou\u00A0: ${path}`,
    en: `${en} (process ${owner.pid} on ${owner.host}); lock: ${path}`,
  });
}
