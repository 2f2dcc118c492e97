/**
 * Backups of the database, as the app, the command line and the renderer see them. A backup is named
 * by its file name (its id): the renderer chooses among ids the main process listed, never a path.
 */

export const BACKUP_REASONS = ['start', 'periodic', 'manual', 'before-import', 'before-restore', 'before-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** The file name inside the backups folder. */
  id: string;
  createdAt: string;
  reason: BackupReason;
  /** The schema version of the database when it was backed up. */
  schemaVersion: number;
  sizeBytes: number;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup of the database as it was just before the restore (to undo it). */
  safetyBackup: BackupInfo;
}

/**
 * `palabre.sqlite.v3.2025-03-10T09-30-00-000Z.manual.sqlite`, optionally with `.2` before
 * `.sqlite` when two backups share a millisecond. Nothing else is a backup: no slash, no `..`.
 */
export const BACKUP_NAME = /^(?<base>[^/\\]+?)\.v(?<version>\d{1,6})\.(?<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.(?<reason>[a-z]+(?:-[a-z]+)*)(?:\.\d{1,4})?\.sqlite$/;

export interface ParsedBackupName {
  base: string;
  schemaVersion: number;
  createdAt: string;
  reason: BackupReason;
}

export function parseBackupName(name: string): ParsedBackupName | undefined {
  const match = BACKUP_NAME.exec(name);
  const groups = match?.groups;
  if (!groups) return undefined;
  const reason = groups.reason as BackupReason;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return undefined;
  const s = groups.stamp!;
  const createdAt = `${s.slice(0, 10)}T${s.slice(11, 13)}:${s.slice(14, 16)}:${s.slice(17, 19)}.${s.slice(20, 23)}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return undefined;
  return { base: groups.base!, schemaVersion: Number(groups.version), createdAt, reason };
}

export function backupName(base: string, schemaVersion: number, at: Date, reason: BackupReason): string {
  return `${base}.v${schemaVersion}.${at.toISOString().replace(/[:.]/g, '-')}.${reason}.sqlite`;
}

/** How many backups are kept (see `backupsToDelete`). */
export const BACKUP_RETENTION = { recent: 10, dailyDays: 30 } as const;

/** Backups that are never removed by rotation: rare, and each one guards a step that cannot be undone otherwise. */
const KEPT_FOREVER: ReadonlySet<BackupReason> = new Set(['before-migration', 'before-restore']);

/**
 * Rotation: the `recent` newest backups are kept, and the newest backup of each of the `dailyDays`
 * most recent days that have one (UTC days), plus every pre-migration and pre-restore backup.
 * Returns the ids of the others.
 */
export function backupsToDelete(backups: readonly BackupInfo[], retention = BACKUP_RETENTION): string[] {
  const rotating = backups.filter((b) => !KEPT_FOREVER.has(b.reason)).sort(newestFirst);
  const keep = new Set(rotating.slice(0, retention.recent).map((b) => b.id));
  const days = new Set<string>();
  for (const backup of rotating) {
    const day = backup.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    if (days.size >= retention.dailyDays) break;
    days.add(day);
    keep.add(backup.id);
  }
  return rotating.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

export function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
