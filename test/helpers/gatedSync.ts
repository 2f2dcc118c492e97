/**
 * A disk whose syncs end when the test says so: what the flusher and the dispatcher do while a sync
 * runs can be looked at without timing anything.
 */

export interface GatedSync {
  /** The flusher's syncFile. */
  syncFile(path: string): Promise<void>;
  /** The path of every sync started so far, in order. */
  readonly started: string[];
  /** Ends the sync started `index`-th (from 0): with success, or with `error`. */
  release(index: number, error?: unknown): void;
}

export function gatedSync(): GatedSync {
  const started: string[] = [];
  const endings: Array<(error?: unknown) => void> = [];
  return {
    started,
    syncFile(path) {
      started.push(path);
      return new Promise<void>((resolve, reject) => endings.push((error) => (error === undefined ? resolve() : reject(error))));
    },
    release(index, error) {
      const end = endings[index];
      if (!end) throw new Error(`no sync ${index} has started (${started.length} so far)`);
      end(error);
    },
  };
}

/** Lets every pending callback and promise run (a few turns of the event loop); no clock involved. */
export async function turns(count = 5): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
