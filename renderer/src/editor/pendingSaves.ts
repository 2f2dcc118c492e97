/**
 * Edits that must land before anything else reads the database or the window closes. The editor
 * registers its flush while open, and hands over its last flush when it closes; the shell awaits
 * them all on `app:before-close`, and a screen awaits them before loading (so the meeting it
 * shows already has the title just typed).
 */
type Flush = () => Promise<unknown>;

const flushers = new Set<Flush>();
const inFlight = new Set<Promise<unknown>>();

export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Keeps track of a flush started by an editor that is closing. */
export function trackFlush(promise: Promise<unknown>): void {
  inFlight.add(promise);
  void promise.finally(() => inFlight.delete(promise));
}

/** Flushes every open editor and waits for every flush under way. Never rejects. */
export async function flushAll(): Promise<void> {
  const all = [...[...flushers].map((flush) => flush()), ...inFlight];
  await Promise.allSettled(all);
}

type Journal = () => void;
const journals = new Set<Journal>();

/** An open editor's synchronous journal write (see draftJournal.ts). */
export function registerJournal(journal: Journal): () => void {
  journals.add(journal);
  return () => {
    journals.delete(journal);
  };
}

/** Journals every open editor's unsaved edits, synchronously: for `pagehide`, where awaiting is too late. */
export function journalAll(): void {
  for (const journal of journals) journal();
}
