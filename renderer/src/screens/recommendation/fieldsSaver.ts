/**
 * Saving a recommendation's structured fields (addressees, lead actors, horizon, deadline,
 * priority) through `recommendation:setFields`: only the fields changed are sent, after a short
 * pause (or at once for a discrete choice), one call in flight at a time, and nothing lost:
 * - every change is journaled synchronously (local storage) until the database has it, and a
 *   journal left by a reload or a crash is sent again when the recommendation is next opened;
 * - a failed call keeps its changes (merged under any newer ones) and transient failures are
 *   retried; an edit tries again.
 */
import type { EditableFields, Recommendation } from '../../../../shared/domain/types';
import { errorValue, type ErrorCode, type Result } from '../../../../shared/errors';
import type { SaveStatus } from '../../editor/autosave';

export type FieldChanges = Partial<EditableFields>;

export interface FieldsSaverOptions {
  recommendationId: string;
  save(changes: FieldChanges): Promise<Result<Recommendation>>;
  onSaved?(recommendation: Recommendation, sent: FieldChanges): void;
  delayMs?: number;
}

const NEEDS_AN_EDIT: ReadonlySet<ErrorCode> = new Set(['invalid_input', 'not_found', 'unknown_recommendation']);
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 30000;
const PREFIX = 'palabre.unsavedFields.';

export function readFieldsJournal(recommendationId: string): FieldChanges | null {
  try {
    const raw = localStorage.getItem(PREFIX + recommendationId);
    if (!raw) return null;
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const out: FieldChanges = {};
    const v = value as Record<string, unknown>;
    const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
    if (strings(v.addressees)) out.addressees = v.addressees as string[];
    if (strings(v.leadActors)) out.leadActors = v.leadActors as string[];
    if (typeof v.horizon === 'string') out.horizon = v.horizon;
    if (v.deadline === null || (typeof v.deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.deadline))) out.deadline = v.deadline;
    if (v.priority === null || v.priority === 'high' || v.priority === 'medium' || v.priority === 'low') out.priority = v.priority;
    return Object.keys(out).length > 0 ? out : null;
  } catch {
    return null;
  }
}

function writeFieldsJournal(recommendationId: string, changes: FieldChanges): void {
  try {
    if (Object.keys(changes).length === 0) localStorage.removeItem(PREFIX + recommendationId);
    else localStorage.setItem(PREFIX + recommendationId, JSON.stringify(changes));
  } catch {
    // Storage unavailable: the save to the database still runs; the journal is a safety net.
  }
}

export class FieldsSaver {
  private status: SaveStatus = { kind: 'saved' };
  private readonly listeners = new Set<() => void>();
  /** Changes not sent yet. */
  private pending: FieldChanges = {};
  /** Changes sent and not yet confirmed. */
  private sending: FieldChanges = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = FIRST_RETRY_MS;
  private inFlight: Promise<boolean> | null = null;
  private readonly delayMs: number;

  constructor(private readonly options: FieldsSaverOptions) {
    this.delayMs = options.delayMs ?? 700;
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** True while a change of `key` is waiting or on its way. */
  isPending(key: keyof EditableFields): boolean {
    return key in this.pending || key in this.sending;
  }

  /** Records changes; saved after a pause, or now when `now` (a choice in a list, a date). */
  set(changes: FieldChanges, now = false): void {
    this.pending = { ...this.pending, ...changes };
    this.journal();
    if (this.status.kind !== 'saving') this.setStatus({ kind: 'dirty' });
    this.clearTimer();
    if (now) {
      void this.flush();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Sends whatever is waiting, after the call in flight. Resolves true once everything is stored. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    this.clearRetry();
    for (;;) {
      while (this.inFlight) await this.inFlight;
      if (Object.keys(this.pending).length === 0) {
        if (this.status.kind !== 'error') this.setStatus({ kind: 'saved' });
        return this.status.kind !== 'error';
      }
      const sent = this.pending;
      this.pending = {};
      this.sending = sent;
      this.inFlight = this.send(sent);
      const ok = await this.inFlight;
      this.inFlight = null;
      if (!ok) return false;
    }
  }

  dispose(): void {
    this.clearTimer();
    this.clearRetry();
  }

  private async send(sent: FieldChanges): Promise<boolean> {
    this.setStatus({ kind: 'saving' });
    let result: Result<Recommendation>;
    try {
      result = await this.options.save(sent);
    } catch (error) {
      result = { ok: false, error: errorValue('internal', error instanceof Error ? error.message.slice(0, 200) : '') };
    }
    this.sending = {};
    if (result.ok) {
      this.retryDelay = FIRST_RETRY_MS;
      this.journal();
      this.setStatus(Object.keys(this.pending).length > 0 || this.timer ? { kind: 'dirty' } : { kind: 'saved' });
      this.options.onSaved?.(result.value, sent);
      return true;
    }
    // Kept, under anything changed since.
    this.pending = { ...sent, ...this.pending };
    this.journal();
    const retrying = !NEEDS_AN_EDIT.has(result.error.code);
    this.setStatus({ kind: 'error', error: result.error, retrying });
    if (retrying) this.scheduleRetry();
    return false;
  }

  private journal(): void {
    writeFieldsJournal(this.options.recommendationId, { ...this.sending, ...this.pending });
  }

  private scheduleRetry(): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
