/**
 * Dropped files staged for an import (file:stage) do not outlive their use: the import that reads
 * them deletes them, whatever its outcome, and whatever is left when the process ends (a file
 * dropped and never imported) is deleted then. A process that crashed cannot clean up: its folders
 * carry its pid, and the next staging removes those of processes no longer running. A dropped
 * contribution is someone's text: it must not pile up in the temporary folder.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = 'palabre-drop-';

/** The start of this process's staging folder names (mkdtemp adds a random end). */
export function stagingPrefix(): string {
  return `${PREFIX}${process.pid}-`;
}

/** Removes the staging folders in `root` left by processes that are no longer running. */
export function removeOrphanedStaging(root: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^palabre-drop-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(root, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Staging {
  /** Records a staged file's own folder, under the token that grants it. */
  add(token: string, folder: string): void;
  /** Deletes the staged files behind these tokens (other tokens are left alone). */
  discard(tokens: readonly string[]): void;
  /** Deletes every file staged here. */
  discardAll(): void;
}

/** Every staging folder still on disk, in this process: the exit hook deletes them. */
const live = new Set<string>();
let hooked = false;

function removeFolder(folder: string): void {
  live.delete(folder);
  rmSync(folder, { recursive: true, force: true });
}

export function createStaging(): Staging {
  if (!hooked) {
    hooked = true;
    // 'exit' runs synchronous code only: rmSync is.
    process.once('exit', () => [...live].forEach(removeFolder));
  }
  const folders = new Map<string, string>();
  return {
    add(token, folder) {
      folders.set(token, folder);
      live.add(folder);
    },
    discard(tokens) {
      for (const token of tokens) {
        const folder = folders.get(token);
        if (folder === undefined) continue;
        folders.delete(token);
        removeFolder(folder);
      }
    },
    discardAll() {
      for (const folder of folders.values()) removeFolder(folder);
      folders.clear();
    },
  };
}
