/**
 * Puts a connection's committed writes on disk without holding the main process (issue 8).
 *
 * The database runs in WAL mode with synchronous=NORMAL (open.ts): a commit appends its pages to the
 * -wal file and returns, without waiting for the disk. Consistency does not depend on the disk (a
 * power cut can only roll back the last commits, never damage the file); durability is brought back
 * here: the -wal file is synced through libuv's thread pool (fdatasync; F_FULLFSYNC on macOS), and
 * the dispatcher answers a call that wrote only once that sync is done. The main thread serves
 * other calls meanwhile.
 *
 * Group commit: while one sync runs, every further request joins the single sync queued behind it,
 * so a burst of N commits costs at most two syncs, and each request is covered by a sync that
 * started after it (one that started before could have missed its pages).
 */
import { open } from 'node:fs/promises';

export interface WalFlusher {
  /** A commit happened: resolves once a sync started after this call has finished; rejects if it failed. */
  request(): Promise<void>;
  /** Resolves once every commit requested so far is on disk; rejects if the sync covering them failed. */
  settled(): Promise<void>;
  /** A sync failed and none has succeeded since: the last commits may not be on disk. */
  readonly unconfirmed: boolean;
}

export interface WalFlusherOptions {
  /** Syncs the file at this path (tests count or slow it); default: the real one, syncWalFile. */
  syncFile?: (path: string) => Promise<void>;
  /** Told of every failed sync (the request's promise rejects as well). */
  onError?: (error: unknown) => void;
}

const ignore = () => undefined;

export function createWalFlusher(walPath: string, options: WalFlusherOptions = {}): WalFlusher {
  const syncFile = options.syncFile ?? syncWalFile;
  let running: Promise<void> | null = null;
  /** The sync that starts when the running one ends; every request made before it starts joins it. */
  let queued: Promise<void> | null = null;
  let latest: Promise<void> = Promise.resolve();
  let unconfirmed = false;

  const start = (): Promise<void> => {
    const sync = syncFile(walPath).then(
      () => {
        unconfirmed = false;
      },
      (error: unknown) => {
        unconfirmed = true;
        options.onError?.(error);
        throw error;
      },
    );
    running = sync;
    // Marks the promise handled: a rejection nobody awaits (a write whose caller has gone) must not
    // end the process as an unhandled rejection would.
    sync.catch(ignore).then(() => {
      if (running === sync) running = null;
    }, ignore);
    return sync;
  };

  const request = (): Promise<void> => {
    // Not started yet: it will start after this request, so it covers it.
    if (queued) return (latest = queued);
    if (!running) return (latest = start());
    const next = running.then(ignore, ignore).then(() => {
      queued = null;
      return start();
    });
    next.catch(ignore);
    queued = next;
    return (latest = next);
  };

  return {
    request,
    // Syncs run one after another and each covers every request made before it started: the one
    // covering the latest request covers them all.
    settled: () => latest,
    get unconfirmed() {
      return unconfirmed;
    },
  };
}

/**
 * Syncs the -wal file's data to disk. A missing file is not an error: the database is not in WAL
 * mode, or its last connection closed and checkpointed (synced) it away.
 */
export async function syncWalFile(path: string): Promise<void> {
  let handle;
  try {
    // Writable: Windows flushes only a handle open for writing (FlushFileBuffers).
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
