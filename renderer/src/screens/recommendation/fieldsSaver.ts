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
import type { ErrorCode, Result } from '../../../../shared/errors';
import { SaveLoop } from '../../editor/saveLoop';

export type FieldChanges = Partial<EditableFields>;

export interface FieldsSaverOptions {
  recommendationId: string;
  save(changes: FieldChanges): Promise<Result<Recommendation>>;
  onSaved?(recommendation: Recommendation, sent: FieldChanges): void;
  delayMs?: number;
}

const NEEDS_AN_EDIT: ReadonlySet<ErrorCode> = new Set(['invalid_input', 'not_found', 'unknown_recommendation']);
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

export class FieldsSaver extends SaveLoop {
  /** Changes not sent yet. */
  private pending: FieldChanges = {};
  /** Changes sent and not yet confirmed. */
  private sending: FieldChanges = {};
  private inFlight: Promise<boolean> | null = null;
  private readonly delayMs: number;

  constructor(private readonly options: FieldsSaverOptions) {
    super(NEEDS_AN_EDIT);
    this.delayMs = options.delayMs ?? 700;
  }

  /** True while a change of `key` is waiting or on its way. */
  isPending(key: keyof EditableFields): boolean {
    return key in this.pending || key in this.sending;
  }

  /** Records changes; saved after a pause, or now when `now` (a choice in a list, a date). */
  set(changes: FieldChanges, now = false): void {
    this.pending = { ...this.pending, ...changes };
    this.journal();
    if (this.getStatus().kind !== 'saving') this.setStatus({ kind: 'dirty' });
    if (now) {
      void this.flush();
      return;
    }
    this.saveAfter(this.delayMs);
  }

  /** Sends whatever is waiting, after the call in flight. Resolves true once everything is stored. */
  async flush(): Promise<boolean> {
    this.stopTimers();
    for (;;) {
      while (this.inFlight) await this.inFlight;
      if (Object.keys(this.pending).length === 0) {
        if (this.getStatus().kind !== 'error') this.setStatus({ kind: 'saved' });
        return this.getStatus().kind !== 'error';
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

  private async send(sent: FieldChanges): Promise<boolean> {
    this.setStatus({ kind: 'saving' });
    const result: Result<Recommendation> = await this.attempt(() => this.options.save(sent));
    this.sending = {};
    if (result.ok) {
      this.succeeded();
      this.journal();
      this.setStatus(Object.keys(this.pending).length > 0 || this.timer ? { kind: 'dirty' } : { kind: 'saved' });
      this.options.onSaved?.(result.value, sent);
      return true;
    }
    // Kept, under anything changed since.
    this.pending = { ...sent, ...this.pending };
    this.journal();
    this.failed(result.error);
    return false;
  }

  private journal(): void {
    writeFieldsJournal(this.options.recommendationId, { ...this.sending, ...this.pending });
  }
}
