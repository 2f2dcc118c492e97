/**
 * The channels of backups (issue 7), spread into the contract in channels.ts. A restore names a backup
 * by the id `backup:list` returned, never by a path: the renderer cannot point the app at a file.
 */
import { z } from 'zod';
import { BACKUP_NAME, type BackupInfo, type RestoreResult } from '../domain/backups';
import { channel } from './schemas';

export const backupChannels = {
  /** The backups of the open database, newest first. */
  'backup:list': channel<BackupInfo[]>()(z.object({}).strict()),
  /** A backup now, through SQLite's backup API (reason `manual`); rotation follows. */
  'backup:create': channel<BackupInfo>()(z.object({}).strict()),
  /**
   * Replaces the database with a backup, after checking it; the current database is backed up first
   * (reason `before-restore`). The window reloads its data afterwards.
   */
  'backup:restore': channel<RestoreResult>()(z.object({ backupId: z.string().max(400).regex(BACKUP_NAME) }).strict()),
};
