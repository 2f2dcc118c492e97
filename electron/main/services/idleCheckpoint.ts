/**
 * WAL checkpoints while the user pauses, not inside a save (issue 8).
 *
 * In WAL mode every commit appends its pages to the -wal file; a checkpoint copies them into the
 * database file and syncs it. SQLite's own checkpoint runs inside whichever commit crosses its
 * threshold, so one autosave in forty paid for copying the forty before it: the tail of the
 * autosave's time. Here, once the connection has written and then stayed quiet for `idleMs`, a
 * PASSIVE checkpoint runs (it never waits for a reader, never blocks one); the connection's own
 * threshold is set high (open.ts) and only bounds the file during a long burst without a pause.
 * Durability does not depend on it: the dispatcher syncs the -wal file before it answers a call that
 * wrote (db/walFlush.ts), and the checkpoint, under synchronous=NORMAL, syncs what it copies.
 */
import type { Statement } from 'better-sqlite3';
import type { ServiceContext } from './context';

export const IDLE_CHECKPOINT_MS = 2000;
/** How often the connection is looked at: a counter read, nothing written. */
const POLL_MS = 500;

export function startIdleCheckpoints(
  ctx: ServiceContext,
  options: { idleMs?: number; pollMs?: number; now?: () => number; onError?: (error: unknown) => void } = {},
): { stop(): void; tick(): boolean } {
  const idleMs = options.idleMs ?? IDLE_CHECKPOINT_MS;
  const now = options.now ?? Date.now;
  // One prepared statement per connection (a restore replaces the connection), not one per look.
  const counters = new WeakMap<ServiceContext['db'], Statement<[], number>>();
  const changesOf = (db: ServiceContext['db']) => {
    let counter = counters.get(db);
    if (!counter) counters.set(db, (counter = db.prepare<[], number>('SELECT total_changes()').pluck()));
    return counter.get()!;
  };
  // The connection and its change counter when last looked at (a restore replaces the connection).
  let seen = { db: ctx.db, changes: changesOf(ctx.db) };
  let quietSince = now();
  let dirty = false;
  /** Looks once; returns whether it checkpointed. */
  const tick = (): boolean => {
    const db = ctx.db;
    if (!db.open || db.inTransaction) return false;
    try {
      const changes = changesOf(db);
      if (db !== seen.db || changes !== seen.changes) {
        seen = { db, changes };
        dirty = true;
        quietSince = now();
        return false;
      }
      if (!dirty || now() - quietSince < idleMs) return false;
      db.pragma('wal_checkpoint(PASSIVE)');
      dirty = false;
      return true;
    } catch (error) {
      options.onError?.(error);
      return false;
    }
  };
  const timer = setInterval(tick, options.pollMs ?? POLL_MS);
  timer.unref?.();
  return { stop: () => clearInterval(timer), tick };
}
