/**
 * Opens the database for one command, exactly as the desktop app does (same checks, pragmas and
 * migrations), and builds the same context and dispatcher.
 *
 * A file that did not exist is created only by commands that make something from nothing, and is
 * removed again if that command fails: a mistyped path or a refused command leaves no trace.
 */
import type { Database } from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
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
  let db: Database;
  try {
    db = await openDatabase(fullPath);
  } catch (error) {
    if (!existed) removeDatabaseFiles(fullPath);
    throw error;
  }
  const services = createContext(db, { databasePath: fullPath, appVersion: process.env.npm_package_version ?? '0.0.0' });
  return {
    services,
    dispatch: createDispatcher(services),
    close(failed) {
      db.close();
      if (failed && !existed) removeDatabaseFiles(fullPath);
    },
  };
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}
