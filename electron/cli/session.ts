/**
 * Opens the database for one command, exactly as the desktop app does (same checks, pragmas and
 * migrations), and builds the same context and dispatcher.
 *
 * A file that did not exist is created only by commands that make something from nothing, and is
 * removed again if that command fails: a mistyped path or a refused command leaves no trace.
 *
 * The session holds the database's lock (db/lock.ts) from before the open to after the close: a
 * database the desktop app (or another command) has open is refused, and nothing is written to it.
 */
import type { Database } from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { acquireDatabaseLock, lockPathFor, removeLockFiles } from '../main/db/lock';
import { openDatabase } from '../main/db/open';
import { createDispatcher, type Dispatch } from '../main/handlers';
import { createContext, type ServiceContext } from '../main/services/context';
import { CliError } from './errors';

export interface Session {
  services: ServiceContext;
  dispatch: Dispatch;
  /** Closes the database; after a failure, also removes a file this session created. */
  close(failed: boolean): void;
}

export async function openSession(path: string, mayCreate: boolean): Promise<Session> {
  const fullPath = resolve(path);
  const existed = existsSync(fullPath);
  if (!existed && !mayCreate) throw new CliError('database_missing', path);
  // Taken before the database is opened. A file that turns out not to be a Palabre database keeps no
  // lock files beside it (unless they were there before: then another Palabre uses them).
  const lockExisted = existsSync(lockPathFor(fullPath));
  const lock = acquireDatabaseLock(fullPath, 'cli');
  let db: Database;
  try {
    db = await openDatabase(fullPath);
  } catch (error) {
    lock.release();
    if (!existed) removeDatabaseFiles(fullPath);
    else if (!lockExisted) removeLockFiles(fullPath);
    throw error;
  }
  const services = createContext(db, { databasePath: fullPath, appVersion: process.env.npm_package_version ?? '0.0.0' });
  return {
    services,
    dispatch: createDispatcher(services),
    close(failed) {
      // services.db, not db: a restore replaces the connection.
      if (services.db.open) services.db.close();
      lock.release();
      if (failed && !existed) removeDatabaseFiles(fullPath);
    },
  };
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
  removeLockFiles(path);
}
