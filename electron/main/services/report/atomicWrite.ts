/**
 * Writes a file so that an interrupted write leaves the old file or none, never half of one: the
 * bytes go to a temporary file in the same folder (a rename is atomic only within one file system),
 * are flushed to the disk, then the temporary file is renamed over the target and the folder flushed.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { PalabreError } from '../../../../shared/errors';

export interface AtomicWriteHooks {
  /** Called once the temporary file is complete, before the rename (tests interrupt the write here). */
  beforeRename?: (temporaryPath: string) => void;
}

export function writeFileAtomic(path: string, bytes: Uint8Array, hooks: AtomicWriteHooks = {}): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    hooks.beforeRename?.(temporary);
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new PalabreError('report_unwritable', describe(error, path));
  }
  syncFolder(dirname(path));
}

/** Flushes the folder's entry of the renamed file; not every system lets a folder be opened, which costs only durability. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Nothing to do: the file is written; only its survival of a power cut in the next instant is less sure.
  }
}

/** Why the file could not be written, in both languages. */
function describe(error: unknown, path: string): { fr: string; en: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const name = basename(path);
  const reasons: Record<string, { fr: string; en: string }> = {
    ENOENT: { fr: 'dossier introuvable', en: 'folder not found' },
    EACCES: { fr: 'accès refusé', en: 'permission denied' },
    EPERM: { fr: 'accès refusé', en: 'permission denied' },
    EISDIR: { fr: 'c’est un dossier', en: 'it is a folder' },
    ENOTEMPTY: { fr: 'c’est un dossier', en: 'it is a folder' },
    EEXIST: { fr: 'c’est un dossier', en: 'it is a folder' },
    ENOSPC: { fr: 'disque plein', en: 'disk full' },
    EROFS: { fr: 'support en lecture seule', en: 'read-only medium' },
  };
  const reason = typeof code === 'string' ? reasons[code] : undefined;
  if (reason) return { fr: `${name} (${reason.fr})`, en: `${name} (${reason.en})` };
  const other = typeof code === 'string' ? ` (${code})` : error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
  return { fr: `${name}${other}`, en: `${name}${other}` };
}
