/**
 * Dropped files staged for an import (file:stage) do not outlive their use: the import that reads
 * them deletes them, whatever its outcome, and whatever is left when the process ends (a file
 * dropped and never imported) is deleted then. A dropped contribution is someone's text: it must
 * not pile up in the temporary folder.
 */
import { rmSync } from 'node:fs';

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
