/**
 * What the text's autosave (autosave.ts) and the fields' saver (fieldsSaver.ts) share: the status
 * the save indicator shows and its listeners, the pause before a save, a save's answer (a throw,
 * the bridge gone, is a failure like any other), and the retries of a save that failed for a reason
 * an edit would not fix, from 2 s doubling to 30 s. Each saver keeps what it saves and when.
 */
import { errorValue, type ErrorCode, type ErrorValue, type Result } from '../../../shared/errors';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; error: ErrorValue; retrying: boolean };

const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 30000;

export abstract class SaveLoop {
  private status: SaveStatus = { kind: 'saved' };
  private readonly listeners = new Set<() => void>();
  /** The pause before the next save, while it runs. */
  protected timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = FIRST_RETRY_MS;

  /** `needsAnEdit`: errors that only an edit can fix (retrying the same content would fail the same way). */
  constructor(private readonly needsAnEdit: ReadonlySet<ErrorCode>) {}

  /** Saves whatever is not saved yet; true once it is stored. */
  abstract flush(): Promise<boolean>;

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Stops the timers; a pending change should be flushed first. */
  dispose(): void {
    this.stopTimers();
  }

  /** A save `delayMs` after the last call (each call restarts the pause). */
  protected saveAfter(delayMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  /** The answer of `save`, a throw included (as an internal error). */
  protected async attempt<T>(save: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await save();
    } catch (error) {
      return { ok: false, error: errorValue('internal', error instanceof Error ? error.message.slice(0, 200) : '') };
    }
  }

  /** A save went through: the next failure starts its retries from the first delay again. */
  protected succeeded(): void {
    this.retryDelay = FIRST_RETRY_MS;
  }

  /** A save failed: the error is shown, and retried later unless only an edit can fix it. */
  protected failed(error: ErrorValue): void {
    const retrying = !this.needsAnEdit.has(error.code);
    this.setStatus({ kind: 'error', error, retrying });
    if (!retrying) return;
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  protected setStatus(status: SaveStatus): void {
    // Each keystroke says "unsaved" again: listeners (the indicator) hear only real changes.
    if (status.kind === this.status.kind && status.kind !== 'error') return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  /** Before a save: neither the pause nor a retry will start another. */
  protected stopTimers(): void {
    this.clearTimer();
    this.clearRetry();
  }

  protected clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
