/**
 * Backups of the open database, always through SQLite's backup API (`db.backup()`): a consistent
 * snapshot even while writes go on, never a copy of the live file (which could catch half a WAL).
 *
 * When: at start (the app), before every migration (db/open.ts), before every import (the import
 * code calls `backupNow(ctx, 'before-import')`), periodically while the app is open when something
 * changed, before a restore, and on demand. Where: `backups/` beside the database. How many: see
 * `backupsToDelete` in shared/domain/backups.ts.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  backupName,
  backupsToDelete,
  newestFirst,
  parseBackupName,
  type BackupInfo,
  type BackupReason,
  type RestoreResult,
} from '../../../shared/domain/backups';
import { PalabreError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { openDatabase, readUserVersion } from '../db/open';
import { replaceDatabase, type ServiceContext } from './context';

export function backupFolder(ctx: ServiceContext): string {
  if (ctx.backupDir) return ctx.backupDir;
  if (!ctx.databasePath) throw new PalabreError('backup_unavailable', { fr: 'base sans fichier', en: 'database without a file' });
  return join(dirname(ctx.databasePath), 'backups');
}

function databaseBase(ctx: ServiceContext): string {
  return ctx.databasePath ? basename(ctx.databasePath) : 'palabre.sqlite';
}

/**
 * The backup taken before an import writes anything. A database without a file (some tests) has no
 * backup folder: nothing to do there.
 */
export async function backupBeforeImport(ctx: ServiceContext): Promise<void> {
  if (!ctx.backupDir && !ctx.databasePath) return;
  await backupNow(ctx, 'before-import');
}

/** Takes a backup now, then rotates. The file appears under its final name only once complete. */
export async function backupNow(ctx: ServiceContext, reason: BackupReason): Promise<BackupInfo> {
  const dir = backupFolder(ctx);
  mkdirSync(dir, { recursive: true });
  const at = new Date(ctx.timestamp());
  const version = readUserVersion(ctx.db);
  let name = backupName(databaseBase(ctx), version, at, reason);
  for (let n = 2; existsSync(join(dir, name)); n++) name = backupName(databaseBase(ctx), version, at, reason).replace(/\.sqlite$/, `.${n}.sqlite`);
  const partial = join(dir, `${name}.partial`);
  try {
    await ctx.db.backup(partial);
    renameSync(partial, join(dir, name));
  } catch (error) {
    rmSync(partial, { force: true });
    throw new PalabreError('backup_unavailable', error instanceof Error ? error.message : String(error));
  }
  rotateBackups(ctx);
  return describeBackup(dir, name)!;
}

/** The backups of this database, newest first. */
export function listBackups(ctx: ServiceContext): BackupInfo[] {
  const dir = backupFolder(ctx);
  if (!existsSync(dir)) return [];
  const base = databaseBase(ctx);
  return readdirSync(dir)
    .filter((name) => parseBackupName(name)?.base === base)
    .map((name) => describeBackup(dir, name))
    .filter((b): b is BackupInfo => b !== undefined)
    .sort(newestFirst);
}

export function rotateBackups(ctx: ServiceContext): string[] {
  const dir = backupFolder(ctx);
  const doomed = backupsToDelete(listBackups(ctx));
  for (const name of doomed) for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, name + suffix), { force: true });
  return doomed;
}

function describeBackup(dir: string, name: string): BackupInfo | undefined {
  const parsed = parseBackupName(name);
  if (!parsed) return undefined;
  try {
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) return undefined;
    return { id: name, createdAt: parsed.createdAt, reason: parsed.reason, schemaVersion: parsed.schemaVersion, sizeBytes: stat.size };
  } catch {
    return undefined;
  }
}

/** A backup of this database chosen by id (from `listBackups`): never a path. */
export async function restoreBackup(ctx: ServiceContext, backupId: string): Promise<RestoreResult> {
  const restored = listBackups(ctx).find((b) => b.id === backupId);
  if (!restored) throw new PalabreError('unknown_backup', backupId);
  const safetyBackup = await restoreDatabaseFile(ctx, join(backupFolder(ctx), restored.id));
  return { restored, safetyBackup };
}

/**
 * Replaces the open database with the Palabre database at `source` (a backup; the command line may
 * name any file). In order: a copy of `source` is staged beside the database and checked
 * (quick_check, a Palabre schema not newer than ours) — a bad file stops here, nothing changed;
 * the current database is backed up; it is closed; the staged file is renamed over it (atomic on
 * one file system, so a crash leaves either the old or the new file, whole); it is reopened (and
 * migrated if the backup is older). If reopening fails, the safety backup is put back.
 * Returns the safety backup.
 */
export async function restoreDatabaseFile(ctx: ServiceContext, source: string): Promise<BackupInfo> {
  const live = ctx.databasePath;
  if (!live) throw new PalabreError('backup_unavailable', { fr: 'base sans fichier', en: 'database without a file' });
  // The open database itself is no backup (and copying a live file is exactly what must never happen).
  if (resolve(source) === resolve(live)) throw new PalabreError('invalid_backup', { fr: 'c’est la base ouverte elle-même', en: 'it is the open database itself' });
  const staging = `${live}.restoring`;
  removeDatabaseFiles(staging);
  try {
    // A closed backup, not the live database: a file copy is safe here (and leaves the backup untouched).
    copyFileSync(source, staging);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${staging}-wal`);
    checkPalabreDatabase(staging, ctx.nativeBinding);
  } catch (error) {
    removeDatabaseFiles(staging);
    if (error instanceof PalabreError) throw error;
    throw new PalabreError('invalid_backup', error instanceof Error ? error.message : String(error));
  }

  const safety = await backupNow(ctx, 'before-restore');
  const swap = (async () => {
    ctx.db.close();
    try {
      swapIn(staging, live);
      replaceDatabase(ctx, await openDatabase(live, { nativeBinding: ctx.nativeBinding, backupDir: ctx.backupDir || undefined }));
    } catch (error) {
      // The restored file would not open: the database as it was comes back.
      copyFileSync(join(backupFolder(ctx), safety.id), staging);
      swapIn(staging, live);
      replaceDatabase(ctx, await openDatabase(live, { nativeBinding: ctx.nativeBinding }));
      throw error instanceof PalabreError ? error : new PalabreError('invalid_backup', String(error));
    }
  })();
  ctx.swapping = swap;
  try {
    await swap;
  } finally {
    ctx.swapping = undefined;
  }
  return safety;
}

/** Opens a candidate file on its own connection: a database, undamaged, Palabre's, not from a newer Palabre. */
export function checkPalabreDatabase(path: string, nativeBinding?: string): void {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, nativeBinding });
  } catch (error) {
    throw new PalabreError('invalid_backup', error instanceof Error ? error.message : String(error));
  }
  try {
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new PalabreError('invalid_backup', check);
    const version = readUserVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw new PalabreError('db_newer', String(version));
    const hasMeetings = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meetings'`).get() !== undefined;
    if (version < 1 || !hasMeetings) throw new PalabreError('invalid_backup', { fr: 'pas une base de Palabre', en: 'not a Palabre database' });
  } catch (error) {
    if (error instanceof PalabreError) throw error;
    throw new PalabreError('invalid_backup', error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
}

/** The live file is closed: its -wal and -shm (if a crash left any) belong to the old content and go. */
function swapIn(staging: string, live: string): void {
  rmSync(`${live}-wal`, { force: true });
  rmSync(`${live}-shm`, { force: true });
  renameSync(staging, live);
  rmSync(`${staging}-wal`, { force: true });
  rmSync(`${staging}-shm`, { force: true });
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/**
 * Periodic backups while the app is open: every `intervalMs`, if this connection wrote anything
 * since the last backup. The timer does not keep the process alive.
 */
export function startPeriodicBackups(
  ctx: ServiceContext,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): { stop(): void; tick(): Promise<BackupInfo | undefined> } {
  let last: { db: unknown; changes: number } | undefined = { db: ctx.db, changes: totalChanges(ctx) };
  let running = false;
  const tick = async (): Promise<BackupInfo | undefined> => {
    if (running || !ctx.db.open) return undefined;
    const changes = totalChanges(ctx);
    if (last && last.db === ctx.db && last.changes === changes) return undefined;
    running = true;
    try {
      const info = await backupNow(ctx, 'periodic');
      last = { db: ctx.db, changes: totalChanges(ctx) };
      return info;
    } catch (error) {
      options.onError?.(error);
      return undefined;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? PERIODIC_BACKUP_MS);
  timer.unref?.();
  return { stop: () => clearInterval(timer), tick };
}

export const PERIODIC_BACKUP_MS = 30 * 60 * 1000;

function totalChanges(ctx: ServiceContext): number {
  return ctx.db.prepare('SELECT total_changes()').pluck().get() as number;
}
