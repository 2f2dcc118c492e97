/**
 * "Saved" means on disk: the dispatcher answers a call that wrote only once its writes are synced
 * (db/walFlush.ts), off the main thread, so other calls are served meanwhile. A call that wrote
 * nothing pays one counter read.
 */
import type { Database, Statement } from 'better-sqlite3';
import { PalabreError } from '../../../shared/errors';
import type { ServiceContext } from '../services/context';

/** The connection and its change counter before a call. */
export interface WriteMark {
  db: Database;
  changes: number;
}

export interface Durability {
  mark(): WriteMark;
  /** After a call succeeded: waits until what it wrote is on disk; throws save_not_durable if the disk does not confirm it. */
  confirm(mark: WriteMark): Promise<void>;
}

export function createDurability(ctx: ServiceContext, log: (error: unknown) => void): Durability {
  // One prepared statement per connection (a restore replaces the connection), not one per call.
  const counters = new WeakMap<Database, Statement<[], number>>();
  const changesOf = (db: Database): number => {
    if (!db.open) return -1;
    let counter = counters.get(db);
    if (!counter) counters.set(db, (counter = db.prepare<[], number>('SELECT total_changes()').pluck()));
    return counter.get()!;
  };

  return {
    mark: () => ({ db: ctx.db, changes: changesOf(ctx.db) }),
    async confirm(mark) {
      const flusher = ctx.walFlusher;
      if (!flusher) return;
      const db = ctx.db;
      // A new connection (a restore) may have migrated the file it reopened: counted as a write.
      const wrote = db !== mark.db || changesOf(db) !== mark.changes;
      // After a failed sync even a call that writes nothing waits for a new one: the retry of a save
      // finds its text already stored, writes nothing, and must not be told "saved" on that account.
      if (!wrote && !flusher.unconfirmed) return;
      try {
        if (flusher.unconfirmed) rewriteIntoDatabase(db);
        await flusher.request();
      } catch (error) {
        log(error);
        throw new PalabreError('save_not_durable', describe(error));
      }
    },
  };
}

/**
 * After a failed sync the -wal file's pages may never reach the disk, and a later sync can report
 * success all the same (Linux tells a write-back error once, to the descriptor that was open then).
 * A checkpoint writes those pages again, into the database file, and syncs it: its success is one
 * that covers them. Synchronous, on the main thread: only on this rare path.
 */
function rewriteIntoDatabase(db: Database): void {
  if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message.slice(0, 120) : String(error).slice(0, 120);
}
