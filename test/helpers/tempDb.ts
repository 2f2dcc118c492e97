/**
 * Real SQLite files in throw-away folders, for the store and service tests. No mock of the database:
 * every test opens a file the way the app does, and removes its folder afterwards.
 */
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenOptions } from '../../electron/main/db/open';
import { createDispatcher, type Dispatch } from '../../electron/main/handlers';
import { createContext, type ServiceContext } from '../../electron/main/services/context';
import { PalabreError, type ErrorValue, type Result } from '../../shared/errors';

/** A fresh folder under the system's temporary directory. */
export function makeTempDir(prefix = 'palabre-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A clock that moves forward by `stepMs` on every reading, so that versions never share a time. */
export function steppingClock(start = '2025-03-10T08:00:00.000Z', stepMs = 1000): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += stepMs;
    return now;
  };
}

export interface TempStore {
  dir: string;
  path: string;
  db: Database;
  ctx: ServiceContext;
  dispatch: Dispatch;
  /** Closes the database (if still open) and removes the folder. */
  cleanup(): void;
}

/** Opens a new Palabre database file in a fresh folder, with its services and dispatcher. */
export async function openTempStore(options: OpenOptions = {}): Promise<TempStore> {
  const dir = makeTempDir('palabre-store-');
  const path = join(dir, 'palabre.sqlite');
  const db = await openDatabase(path, options);
  const ctx = createContext(db, { now: steppingClock(), databasePath: path });
  return {
    dir,
    path,
    db,
    ctx,
    dispatch: createDispatcher(ctx),
    cleanup() {
      if (db.open) db.close();
      removeTempDir(dir);
    },
  };
}

export function countRows(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/** Row counts of every table a use-case could write to: equal before and after means "nothing written". */
export function rowCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map((t) => [t.name, countRows(db, t.name)]));
}

/** Asserts the shape of a refusal and returns its error value. */
export function errorOf(result: Result<unknown>): ErrorValue {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** The refusal `act` throws, as the user gets it (a PalabreError's value); anything else thrown, or nothing, fails. */
export function refusalOf(act: () => unknown): ErrorValue {
  try {
    act();
  } catch (error) {
    if (error instanceof PalabreError) return error.toValue();
    throw error;
  }
  throw new Error('expected a refusal, the call went through');
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Size of a file, 0 when it does not exist (a -wal file that was never created or was removed). */
export function sizeOrZero(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}
