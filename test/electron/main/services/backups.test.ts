/**
 * Backups through SQLite's backup API and restores, on real files: a backup taken while another
 * connection writes is whole and consistent; a restore brings it back, after backing up the present;
 * a bad file is refused and changes nothing.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/main/db/migrations';
import { migration001 } from '../../../../electron/main/db/migrations/001_initial';
import { openDatabase } from '../../../../electron/main/db/open';
import { call } from '../../../../electron/main/handlers';
import { backupFolder, backupNow, listBackups, restoreDatabaseFile, startPeriodicBackups } from '../../../../electron/main/services/backups';
import { dumpDatabase } from '../../cli/cliProcess';
import { errorOf, openTempStore, sha256, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => {
  if (store.ctx.db.open) store.ctx.db.close();
  store.cleanup();
});

const meetingTitles = (db: Database.Database) => db.prepare('SELECT title FROM meetings ORDER BY title').pluck().all() as string[];

async function meeting(title: string) {
  return call(store.dispatch, 'meeting:create', { title });
}

describe('backups', () => {
  it('are SQLite copies in backups/ beside the database, listed newest first with reason, size and schema', async () => {
    await meeting('Réunion des experts, Bamako');
    const first = await call(store.dispatch, 'backup:create', {});
    await meeting('Forum de Dakar');
    const second = await backupNow(store.ctx, 'before-import');

    expect(backupFolder(store.ctx)).toBe(join(store.dir, 'backups'));
    expect(readdirSync(join(store.dir, 'backups')).sort()).toEqual([first.id, second.id].sort());
    expect(first).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(first.sizeBytes).toBeGreaterThan(4096);
    expect(await call(store.dispatch, 'backup:list', {})).toEqual([second, first]);

    const copy = new Database(join(store.dir, 'backups', first.id), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(meetingTitles(copy)).toEqual(['Réunion des experts, Bamako']);
    copy.close();
  });

  it('taken while another connection writes, holds a whole, consistent state, and restores to it', async () => {
    await meeting('Réunion des experts, Bamako');
    // Another connection (as another process would) writes a meeting and its committee in one transaction, again and again.
    const writer = new Database(store.path);
    writer.pragma('busy_timeout = 5000');
    const insert = writer.transaction((n: number) => {
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      writer.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, ?, '2025-11-17T08:00:00Z', '2025-11-17T08:00:00Z')`).run(id, `Lot ${n}`);
      writer.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at) VALUES (?, ?, ?, 1, '2025-11-17T08:00:00Z')`).run(`11111111-0000-4000-8000-${String(n).padStart(12, '0')}`, id, `Commission du lot ${n}`);
    });
    let written = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        insert(++written);
        await new Promise((tick) => setImmediate(tick));
      }
    })();
    while (written < 20) await new Promise((tick) => setImmediate(tick));
    const backup = await backupNow(store.ctx, 'manual');
    const atBackup = written;
    while (written < atBackup + 20) await new Promise((tick) => setImmediate(tick));
    writing = false;
    await loop;
    writer.close();

    const copy = new Database(join(backupFolder(store.ctx), backup.id), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const lots = copy.prepare(`SELECT count(*) FROM meetings WHERE title LIKE 'Lot %'`).pluck().get() as number;
    // Every lot written before the backup began, none written after it ended, and never a meeting without its committee.
    expect(lots).toBeGreaterThanOrEqual(20);
    expect(lots).toBeLessThanOrEqual(atBackup);
    expect(copy.prepare(`SELECT count(*) FROM meetings m WHERE title LIKE 'Lot %' AND NOT EXISTS (SELECT 1 FROM committees c WHERE c.meeting_id = m.id)`).pluck().get()).toBe(0);
    copy.close();

    const result = await call(store.dispatch, 'backup:restore', { backupId: backup.id });
    expect(result.restored).toEqual(backup);
    expect(result.safetyBackup.reason).toBe('before-restore');
    // The same context, dispatcher and handlers now serve the restored file.
    const meetings = await call(store.dispatch, 'meeting:list', {});
    expect(meetings.filter((m) => m.title.startsWith('Lot '))).toHaveLength(lots);
    expect(store.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.ctx.db.pragma('synchronous', { simple: true })).toBe(1);
    // The state just before the restore is kept: the restore itself can be undone.
    const safety = new Database(join(backupFolder(store.ctx), result.safetyBackup.id), { readonly: true });
    expect(safety.prepare(`SELECT count(*) FROM meetings WHERE title LIKE 'Lot %'`).pluck().get()).toBe(written);
    safety.close();
    expect(existsSync(`${store.path}.restoring`)).toBe(false);
    // And the app goes on writing.
    await meeting('Après la restauration');
    expect((await call(store.dispatch, 'meeting:list', {})).map((m) => m.title)).toContain('Après la restauration');
  });

  it('restores an older-schema backup by migrating it, with a backup before the migration', async () => {
    const old = join(store.dir, 'ancienne.sqlite');
    const v1 = await openDatabase(old, { migrations: [migration001] });
    v1.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01', 'Réunion de 2024', '2024-05-02T08:00:00Z', '2024-05-02T08:00:00Z')`).run();
    v1.close();
    await meeting('Réunion actuelle');
    await restoreDatabaseFile(store.ctx, old);
    expect(store.ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(meetingTitles(store.ctx.db)).toEqual(['Réunion de 2024']);
    expect(listBackups(store.ctx).map((b) => b.reason).sort()).toEqual(['before-migration', 'before-restore']);
  });

  it('refuses, changing nothing, a backup id it did not list, a path, a damaged file, a foreign database, a newer one', async () => {
    await meeting('Réunion des experts, Bamako');
    const before = dumpDatabase(store.path);

    for (const backupId of ['../palabre.sqlite', '/etc/passwd', 'palabre.sqlite.v3.2025-03-10T09-30-00-000Z.manual.sqlite']) {
      const error = errorOf(await store.dispatch('backup:restore', { backupId }));
      expect(['invalid_input', 'unknown_backup'], backupId).toContain(error.code);
    }

    const garbage = join(store.dir, 'pas-une-base.sqlite');
    writeFileSync(garbage, 'Ceci n’est pas une base de données.'.repeat(300));
    const foreign = join(store.dir, 'autre-logiciel.sqlite');
    const other = new Database(foreign);
    other.exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Awa');`);
    other.pragma('user_version = 2');
    other.close();
    const newer = join(store.dir, 'future.sqlite');
    const future = new Database(newer);
    future.exec(`CREATE TABLE meetings (id TEXT)`);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();

    for (const [file, code, fr] of [
      [garbage, 'invalid_backup', 'n’est pas une sauvegarde utilisable de Palabre'],
      [foreign, 'invalid_backup', 'pas une base de Palabre'],
      [newer, 'db_newer', 'version plus récente de Palabre'],
    ] as const) {
      const bytes = sha256(file);
      const error = await restoreDatabaseFile(store.ctx, file).then(
        () => undefined,
        (e: unknown) => e as { code: string; toValue(): { message: { fr: string; en: string } } },
      );
      expect(error?.code, file).toBe(code);
      expect(error?.toValue().message.fr).toContain(fr);
      expect(sha256(file)).toBe(bytes);
    }
    expect(dumpDatabase(store.path)).toBe(before);
    // No safety backup either: nothing was about to change.
    expect(listBackups(store.ctx)).toEqual([]);
    expect(existsSync(`${store.path}.restoring`)).toBe(false);
    await meeting('Toujours ouverte');
  });

  it('makes calls that arrive during a restore wait for the restored database', async () => {
    await meeting('Réunion actuelle');
    // An older-schema backup: reopening it migrates it, after a backup, so the swap takes a while.
    const old = join(store.dir, 'schema-1.sqlite');
    copyFileSync(resolve(__dirname, '../../../fixtures/schemas/schema-1.sqlite'), old);
    const restoring = restoreDatabaseFile(store.ctx, old);
    // Sent while the restore runs: each is answered, none meets a closed connection.
    const during: Array<Promise<{ ok: boolean }>> = [];
    let done = false;
    void restoring.finally(() => (done = true));
    while (!done) {
      during.push(store.dispatch('meeting:list', {}));
      await new Promise((tick) => setImmediate(tick));
    }
    await restoring;
    const answers = await Promise.all(during);
    expect(answers.length).toBeGreaterThan(1);
    for (const result of answers) expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(meetingTitles(store.ctx.db)).toEqual(['Réunion des experts sur la coordination diplomatique']);
  });

  it('periodically, only when something was written since the last one', async () => {
    const periodic = startPeriodicBackups(store.ctx, { intervalMs: 3_600_000 });
    try {
      expect(await periodic.tick()).toBeUndefined();
      await meeting('Réunion des experts, Bamako');
      expect((await periodic.tick())?.reason).toBe('periodic');
      expect(await periodic.tick()).toBeUndefined();
      expect(listBackups(store.ctx)).toHaveLength(1);
    } finally {
      periodic.stop();
    }
  });

  it('rotate: after many backups, the ten newest of the day are kept', async () => {
    await meeting('Réunion des experts, Bamako');
    for (let i = 0; i < 13; i++) await backupNow(store.ctx, 'periodic');
    const backups = listBackups(store.ctx);
    expect(backups).toHaveLength(10);
    expect(readdirSync(backupFolder(store.ctx))).toHaveLength(10);
  });
});
