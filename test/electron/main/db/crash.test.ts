/**
 * Crash safety: a writer in a child process (autosave bursts through the real dispatcher, batches of
 * writes in one transaction as an import makes them, a migration of an older database) is killed with
 * SIGKILL at random moments, many times. After each kill the file passes integrity_check and
 * foreign_key_check, holds every write the child acknowledged, holds no half of a transaction, and
 * reopens with the pragmas of DESIGN.md §4 (a reopened WAL file, possibly with a -wal to recover).
 *
 * The kill moments come from a seeded generator; the seed is in every failure message
 * (PALABRE_CRASH_SEED=<seed> replays a run).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/main/db/migrations';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../../../electron/main/db/open';
import { call, createDispatcher } from '../../../../electron/main/handlers';
import { createContext } from '../../../../electron/main/services/context';
import { parseBackupName } from '../../../../shared/domain/backups';
import { documentFromPlainText } from '../../../../shared/document/lexicalJson';
import { writeSchema1 } from '../../../fixtures/schemas/historic';
import { makeTempDir, removeTempDir } from '../../../helpers/tempDb';

const REPO = resolve(__dirname, '../../../..');
const SEED = Number(process.env.PALABRE_CRASH_SEED ?? Date.now() % 1_000_000);
const KILLS = { autosave: 20, batch: 20, migrate: 14 };

let work: string;
let writer: string;
let random: () => number;

beforeAll(() => {
  work = makeTempDir('palabre-crash-');
  // Bundled once: a plain script starts in a fraction of the time tsx takes, so more kills fit in a minute.
  writer = join(work, 'writer.cjs');
  buildSync({ entryPoints: [join(__dirname, 'crash/writer.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], outfile: writer, logLevel: 'error' });
  let state = SEED || 1;
  random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
});
afterAll(() => removeTempDir(work));

interface Run {
  acks: string[];
  killed: boolean;
  stderr: string;
}

/** Starts the writer, kills it with SIGKILL `delayMs` after it said `ready` (unless it ended first). */
function runAndKill(args: string[], delayMs: number): Promise<Run> {
  const child = spawn(process.execPath, [writer, ...args], {
    cwd: REPO,
    env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acks: string[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
      // Only whole lines count: an ack cut by the kill was never fully given.
      else if (line.startsWith('ack ')) acks.push(line.slice(4));
    }
  });
  return new Promise((done) => child.once('close', (_code, signal) => done({ acks, killed: signal === 'SIGKILL', stderr })));
}

/** What every file must be after a crash: whole, consistent, and opened by Palabre with its pragmas. */
async function expectSound(path: string, context: string): Promise<void> {
  const raw = new Database(path);
  try {
    expect(raw.pragma('integrity_check', { simple: true }), context).toBe('ok');
    expect(raw.pragma('foreign_key_check'), context).toEqual([]);
  } finally {
    raw.close();
  }
  const db = await openDatabase(path, { backupDir: join(work, 'reopen-backups') });
  try {
    expect(
      {
        journalMode: db.pragma('journal_mode', { simple: true }),
        synchronous: db.pragma('synchronous', { simple: true }),
        foreignKeys: db.pragma('foreign_keys', { simple: true }),
        busyTimeout: db.pragma('busy_timeout', { simple: true }),
      },
      context,
    ).toEqual({ journalMode: 'wal', synchronous: 1, foreignKeys: 1, busyTimeout: BUSY_TIMEOUT_MS });
  } finally {
    db.close();
  }
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

describe('a writer killed with SIGKILL at random moments', { timeout: 240_000 }, () => {
  it('autosave bursts: every acknowledged version is kept, and each save is whole', async () => {
    const path = join(work, 'autosave.sqlite');
    const db = await openDatabase(path);
    const dispatch = createDispatcher(createContext(db));
    const meeting = await call(dispatch, 'meeting:create', { title: 'Réunion des experts, Bamako' });
    const committee = await call(dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    const rec = await call(dispatch, 'recommendation:create', {
      meetingId: meeting.id,
      committeeId: committee.id,
      title: 'Réseau d’alerte',
      body: documentFromPlainText('Premier jet.', () => 'p-1'),
    });
    db.close();

    const acknowledged: string[] = [];
    for (let i = 0; i < KILLS.autosave; i++) {
      const delay = Math.floor(random() * 250);
      const context = `seed ${SEED}, autosave run ${i}, kill after ${delay} ms`;
      const run = await runAndKill(['autosave', path, rec.id, `r${i}`], delay);
      expect(run.stderr, context).toBe('');
      expect(run.killed, context).toBe(true);
      acknowledged.push(...run.acks.map((a) => a.replace(/^save /, '')));
      await expectSound(path, context);

      const check = new Database(path, { readonly: true });
      const versions = new Set(check.prepare('SELECT id FROM versions WHERE recommendation_id = ?').pluck().all(rec.id) as string[]);
      const missing = acknowledged.filter((id) => !versions.has(id));
      expect(missing, context).toEqual([]);
      // No half save: each edit has its parent link, the head is the newest version, and the index shows the head's title.
      expect(check.prepare(`SELECT count(*) FROM versions v WHERE v.origin = 'edit' AND NOT EXISTS (SELECT 1 FROM version_parents p WHERE p.version_id = v.id)`).pluck().get(), context).toBe(0);
      const head = check.prepare('SELECT head_version_id FROM recommendations WHERE id = ?').pluck().get(rec.id) as string;
      const newest = check.prepare('SELECT id FROM versions WHERE recommendation_id = ? ORDER BY rowid DESC LIMIT 1').pluck().get(rec.id) as string;
      expect(head, context).toBe(newest);
      const headTitle = check.prepare('SELECT title FROM versions WHERE id = ?').pluck().get(head);
      expect(check.prepare('SELECT title FROM search_index WHERE recommendation_id = ?').pluck().all(rec.id), context).toEqual([headTitle]);
      check.close();
    }
    // The kills landed among the writes, not only before them.
    expect(acknowledged.length, `seed ${SEED}`).toBeGreaterThan(KILLS.autosave);
  });

  it('batches in one transaction (an import): each lands whole or not at all, and every acknowledged one is there', async () => {
    const path = join(work, 'batch.sqlite');
    (await openDatabase(path)).close();
    const acknowledged: string[] = [];
    for (let i = 0; i < KILLS.batch; i++) {
      const delay = Math.floor(random() * 250);
      const context = `seed ${SEED}, batch run ${i}, kill after ${delay} ms`;
      const run = await runAndKill(['batch', path, `r${i}`], delay);
      expect(run.stderr, context).toBe('');
      expect(run.killed, context).toBe(true);
      acknowledged.push(...run.acks.map((a) => a.replace(/^batch /, '')));
      await expectSound(path, context);

      const check = new Database(path, { readonly: true });
      const counts = check
        .prepare(`SELECT m.title, (SELECT count(*) FROM committees c WHERE c.meeting_id = m.id) AS n FROM meetings m WHERE m.title LIKE 'Lot %'`)
        .all() as Array<{ title: string; n: number }>;
      expect(counts.filter((row) => row.n !== 40), context).toEqual([]);
      const present = new Set(counts.map((row) => row.title));
      expect(acknowledged.filter((title) => !present.has(title)), context).toEqual([]);
      // At most the one batch that committed as the kill came, and whose ack was never printed.
      expect(counts.length - acknowledged.length, context).toBeLessThanOrEqual(i + 1);
      check.close();
    }
    expect(acknowledged.length, `seed ${SEED}`).toBeGreaterThan(KILLS.batch);
  });

  it('a migration: the file is either still schema 1, untouched, or wholly migrated, never between', async () => {
    const original = join(work, 'schema-1-large.sqlite');
    await writeSchema1(original, 1500);
    const sizes = (db: Database.Database) => ({
      recommendations: db.prepare('SELECT count(*) FROM recommendations').pluck().get(),
      versions: db.prepare('SELECT count(*) FROM versions').pluck().get(),
      comments: db.prepare('SELECT count(*) FROM comments').pluck().get(),
    });
    const source = new Database(original, { readonly: true });
    const expected = sizes(source);
    source.close();

    // How long an uninterrupted migration takes here, so that the kills spread over it.
    const timing = join(work, 'timing.sqlite');
    copyFileSync(original, timing);
    const started = process.hrtime.bigint();
    const timed = await runAndKill(['migrate', timing], 60_000);
    const span = Math.max(20, Number((process.hrtime.bigint() - started) / 1_000_000n));
    expect(timed.acks).toEqual(['migrated']);

    const path = join(work, 'migrate.sqlite');
    const outcomes = { untouched: 0, migrated: 0 };
    for (let i = 0; i < KILLS.migrate; i++) {
      removeDatabase(path);
      rmSync(join(work, 'backups'), { recursive: true, force: true });
      copyFileSync(original, path);
      const delay = Math.floor(random() * span);
      const context = `seed ${SEED}, migration run ${i}, kill after ${delay} ms of ~${span}`;
      const run = await runAndKill(['migrate', path], delay);
      expect(run.stderr, context).toBe('');

      const check = new Database(path);
      expect(check.pragma('integrity_check', { simple: true }), context).toBe('ok');
      const version = check.pragma('user_version', { simple: true }) as number;
      const tables = check.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[];
      expect(sizes(check), context).toEqual(expected);
      if (run.acks.includes('migrated')) expect(version, context).toBe(LATEST_SCHEMA_VERSION);
      expect([1, LATEST_SCHEMA_VERSION], context).toContain(version);
      if (version === 1) {
        outcomes.untouched++;
        expect(tables, context).not.toContain('amendments');
        expect((check.pragma('table_info(recommendations)') as Array<{ name: string }>).map((c) => c.name), context).not.toContain('priority');
      } else {
        outcomes.migrated++;
        expect(tables, context).toContain('amendments');
        expect(check.prepare(`SELECT count(*) FROM search_index`).pluck().get(), context).toBe((expected.recommendations as number) - 1);
      }
      check.close();
      // A backup cut short by the kill is never left under a backup's name.
      const backups = existsSync(join(work, 'backups')) ? readdirSync(join(work, 'backups')).filter((name) => parseBackupName(name)) : [];
      for (const name of backups) {
        const backup = new Database(join(work, 'backups', name), { readonly: true });
        expect(backup.pragma('quick_check', { simple: true }), `${context}: ${name}`).toBe('ok');
        expect(backup.pragma('user_version', { simple: true }), context).toBe(1);
        backup.close();
      }
      await expectSound(path, context);
    }
    expect(outcomes.untouched + outcomes.migrated).toBe(KILLS.migrate);
  });
});
