/**
 * The first screen's data, asked for at start-up beside the saved language instead of after it:
 * one round trip to the main process less before the list of a meeting shows. Only the screen the
 * app opens on takes it, once: it is the state of the database at start-up, when nothing typed
 * can be waiting to be saved yet, and any later visit loads afresh.
 */
import type { Result } from './client';

let early: { key: string; answer: Promise<Result<unknown>> } | null = null;

/** Starts the load of `key` (e.g. `meeting/<id>`) now; the screen takes it with takeFirstLoad. */
export function startFirstLoad<T>(key: string, load: () => Promise<Result<T>>): void {
  early = { key, answer: load() };
}

/**
 * The answer started at start-up for `key`, or null: the first screen to ask takes it (whatever
 * key it asks for, nothing is kept for later, when it would be stale).
 */
export function takeFirstLoad<T>(key: string): Promise<Result<T>> | null {
  const taken = early;
  early = null;
  return taken?.key === key ? (taken.answer as Promise<Result<T>>) : null;
}
