import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../../../electron/main/db/open';
import { migration001 } from '../../../../electron/main/db/migrations/001_initial';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/main/db/migrations';
import type { Migration } from '../../../../electron/main/db/migrations/types';
import { call, createDispatcher } from '../../../../electron/main/handlers';
import { createContext } from '../../../../electron/main/services/context';
import { PalabreError } from '../../../../shared/errors';
import { makeTempDir, removeTempDir, sha256, sizeOrZero } from '../../../helpers/tempDb';

let dir: string;
const opened: Db[] = [];
beforeEach(() => {
  dir = makeTempDir('palabre-open-');
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  removeTempDir(dir);
});

async function open(path: string, options?: Parameters<typeof openDatabase>[1]): Promise<Db> {
  const db = await openDatabase(path, options);
  opened.push(db);
  return db;
}

/** A plain connection, not Palabre's, to look at a file from outside. */
function raw(path: string, options?: Database.Options): Db {
  const db = new Database(path, options);
  opened.push(db);
  return db;
}

function pragmas(db: Db) {
  return {
    journalMode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    busyTimeout: db.pragma('busy_timeout', { simple: true }),
    userVersion: db.pragma('user_version', { simple: true }),
  };
}

const EXPECTED = { journalMode: 'wal', synchronous: 1, foreignKeys: 1, busyTimeout: BUSY_TIMEOUT_MS, userVersion: LATEST_SCHEMA_VERSION };

/** Creates a database at the latest schema holding one meeting, closed again. */
async function databaseWithAMeeting(path: string): Promise<string> {
  const db = await openDatabase(path);
  const meeting = await call(createDispatcher(createContext(db)), 'meeting:create', { title: 'Réunion des experts, Bamako' });
  db.close();
  return meeting.id;
}

/** Creates a schema-1 database holding one meeting, written as Palabre 1 wrote it, closed again. */
async function v1DatabaseWithAMeeting(path: string, title = 'Réunion des experts, Bamako'): Promise<string> {
  const db = await openDatabase(path, { migrations: [migration001] });
  const id = '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01';
  db.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(id, title, '2025-03-10T08:00:00.000Z', '2025-03-10T08:00:00.000Z');
  db.close();
  return id;
}

async function refusal(promise: Promise<unknown>): Promise<PalabreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PalabreError);
  return error as PalabreError;
}

function meetingTitles(db: Db): string[] {
  return (db.prepare('SELECT title FROM meetings').all() as Array<{ title: string }>).map((r) => r.title);
}

function tableNames(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);
}

describe('openDatabase', () => {
  it('creates a new file with WAL, synchronous NORMAL (durability comes from the flush before each answer), foreign keys, a busy timeout and the latest schema', async () => {
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.version);
    const path = join(dir, 'sous-dossier', 'palabre.sqlite');
    const db = await open(path);
    expect(pragmas(db)).toEqual(EXPECTED);
    // A new file has nothing to lose: no backup.
    expect(existsSync(join(dir, 'sous-dossier', 'backups'))).toBe(false);
  });

  it('sets the same pragmas again when an existing WAL file is reopened, and keeps its data', async () => {
    const path = join(dir, 'palabre.sqlite');
    const meetingId = await databaseWithAMeeting(path);
    const db = await open(path);
    expect(pragmas(db)).toEqual(EXPECTED);
    expect(db.prepare('SELECT id FROM meetings').pluck().all()).toEqual([meetingId]);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it.each([
    ['in WAL mode', 'WAL'],
    ['with a rollback journal', 'DELETE'],
  ])('refuses a database from a newer Palabre (%s) and leaves the file untouched', async (_label, journalMode) => {
    const path = join(dir, 'newer.sqlite');
    const newer = raw(path);
    newer.pragma(`journal_mode = ${journalMode}`);
    newer.exec(`CREATE TABLE future_things (id TEXT PRIMARY KEY); INSERT INTO future_things VALUES ('x');`);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const before = sha256(path);

    const error = await refusal(openDatabase(path));
    expect(error.code).toBe('db_newer');
    expect(error.toValue().message.fr).toContain(`schéma ${LATEST_SCHEMA_VERSION + 1}`);
    expect(error.toValue().message.en).toContain('newer version of Palabre');

    expect(sha256(path)).toBe(before);
    expect(sizeOrZero(`${path}-wal`)).toBe(0);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    const check = raw(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(tableNames(check)).toEqual(['future_things']);
  });

  it('refuses a file that is not a database with a clear error, and leaves it unchanged', async () => {
    const path = join(dir, 'rapport.sqlite');
    writeFileSync(path, randomBytes(16 * 1024));
    const before = sha256(path);

    const error = await refusal(openDatabase(path));
    expect(error.code).toBe('db_unreadable');
    expect(error.toValue().message.en).toMatch(/^Cannot open the database: .*not a database/);
    expect(error.toValue().message.fr).toMatch(/^Impossible d’ouvrir la base de données/);

    expect(sha256(path)).toBe(before);
    expect(sizeOrZero(`${path}-wal`)).toBe(0);
    expect(sizeOrZero(`${path}-journal`)).toBe(0);
  });

  it('refuses a path it cannot open as a file', async () => {
    const path = join(dir, 'un-dossier');
    mkdirSync(path);
    const error = await refusal(openDatabase(path));
    expect(error.code).toBe('db_unreadable');
  });
});

describe('migrating an existing database', () => {
  const addNotes: Migration = {
    version: 2,
    name: 'test: meeting notes',
    up(db) {
      db.exec(`CREATE TABLE test_notes (id INTEGER PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES meetings(id), body TEXT NOT NULL) STRICT;
        ALTER TABLE meetings ADD COLUMN test_flag INTEGER NOT NULL DEFAULT 7;`);
    },
  };

  it('backs the file up, then migrates it, keeping the data', async () => {
    const path = join(dir, 'palabre.sqlite');
    const meetingId = await v1DatabaseWithAMeeting(path);

    const db = await open(path, { migrations: [migration001, addNotes], now: () => new Date('2025-03-10T09:30:00Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tableNames(db)).toContain('test_notes');
    expect(db.prepare('SELECT id, title, test_flag AS flag FROM meetings').all()).toEqual([
      { id: meetingId, title: 'Réunion des experts, Bamako', flag: 7 },
    ]);

    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual(['palabre.sqlite.v1.2025-03-10T09-30-00-000Z.before-migration.sqlite']);
    const backup = raw(join(dir, 'backups', backups[0]!), { fileMustExist: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
    expect(meetingTitles(backup)).toEqual(['Réunion des experts, Bamako']);
    expect(tableNames(backup)).not.toContain('test_notes');
    backup.close();

    // Once migrated, opening again neither migrates nor backs up.
    db.close();
    const again = await open(path, { migrations: [migration001, addNotes] });
    expect(again.pragma('user_version', { simple: true })).toBe(2);
    expect(readdirSync(join(dir, 'backups'))).toEqual(backups);
  });

  it('never overwrites an earlier backup made at the same moment', async () => {
    const backupDir = join(dir, 'sauvegardes');
    const now = () => new Date('2025-03-10T09:30:00Z');
    for (const [folder, title] of [
      ['a', 'Réunion A'],
      ['b', 'Réunion B'],
      ['c', 'Réunion C'],
    ] as const) {
      const path = join(dir, folder, 'palabre.sqlite');
      mkdirSync(join(dir, folder));
      await v1DatabaseWithAMeeting(path, title);
      (await open(path, { migrations: [migration001, addNotes], backupDir, now })).close();
    }
    const names = readdirSync(backupDir).sort();
    expect(names).toHaveLength(3);
    const titles = names.map((name) => meetingTitles(raw(join(backupDir, name), { readonly: true }))[0]);
    expect(titles.sort()).toEqual(['Réunion A', 'Réunion B', 'Réunion C']);
  });

  it('leaves the version, the schema and the data untouched when a migration fails midway', async () => {
    const path = join(dir, 'palabre.sqlite');
    await v1DatabaseWithAMeeting(path);
    const broken: Migration = {
      version: 2,
      name: 'test: fails after some work',
      up(db) {
        db.exec(`CREATE TABLE half_done (id INTEGER PRIMARY KEY);
          INSERT INTO half_done VALUES (1);
          UPDATE meetings SET title = 'écrasé';
          ALTER TABLE meetings ADD COLUMN half_column TEXT;`);
        throw new Error('migration step 2 failed');
      },
    };
    const third: Migration = { version: 3, name: 'test: never reached', up: (db) => db.exec('CREATE TABLE third (id INTEGER)') };

    const error = await refusal(openDatabase(path, { migrations: [migration001, broken, third] }));
    expect(error.toValue().message.en).toContain('migration step 2 failed');

    const after = raw(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(tableNames(after)).not.toContain('half_done');
    expect(tableNames(after)).not.toContain('third');
    expect((after.pragma('table_info(meetings)') as Array<{ name: string }>).map((c) => c.name)).not.toContain('half_column');
    expect(meetingTitles(after)).toEqual(['Réunion des experts, Bamako']);
    after.close();

    // The file still opens with this version of Palabre.
    const db = await open(path);
    expect(meetingTitles(db)).toEqual(['Réunion des experts, Bamako']);
  });

  it('refuses a fresh file whose first migration fails, without leaving a half schema', async () => {
    const path = join(dir, 'nouveau.sqlite');
    const failing: Migration = {
      version: 1,
      name: 'test: fails',
      up(db) {
        migration001.up(db);
        throw new Error('boom');
      },
    };
    await refusal(openDatabase(path, { migrations: [failing] }));
    const db = await open(path);
    expect(pragmas(db)).toEqual(EXPECTED);
    expect(tableNames(db)).toContain('meetings');
  });
});
