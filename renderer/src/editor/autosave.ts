/**
 * Autosave of one recommendation: debounced after the last change of title or body, one save in
 * flight at a time (the latest state is queued behind it), the base version kept up to date from
 * each result, and nothing lost on failure: the edits stay in the editor, transient failures are
 * retried, and any new edit tries again.
 *
 * The saver reads the current state itself (`read`) when it saves, so a burst of typing costs one
 * serialization, not one per keystroke.
 */
import type { Recommendation } from '../../../shared/domain/types';
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import { errorValue, type ErrorCode, type Result } from '../../../shared/errors';
import { whenIdle } from './idle';
import { SaveLoop } from './saveLoop';

export type { SaveStatus } from './saveLoop';

export interface Snapshot {
  title: string;
  body: SerializedDocument;
}

export interface SaveInput extends Snapshot {
  recommendationId: string;
  baseVersionId: string;
}

export interface AutosaverOptions {
  recommendationId: string;
  baseVersionId: string;
  save(input: SaveInput): Promise<Result<Recommendation>>;
  onSaved?(recommendation: Recommendation): void;
  /** Where unsaved edits are journaled synchronously, so a reload or crash cannot lose them. */
  journal?: {
    write(snapshot: Snapshot, baseVersionId: string): void;
    clear(): void;
  };
  delayMs?: number;
}

/** How often, at most, the journal is rewritten while typing. */
const JOURNAL_INTERVAL_MS = 250;
/**
 * A journal write serializes the whole text: it waits for the browser to be idle (after the
 * keystroke's frame), at most this much longer. Leaving or hiding the page journals at once.
 */
const JOURNAL_IDLE_TIMEOUT_MS = 250;

/** Errors that only an edit can fix: retrying the same content would fail the same way. */
const NEEDS_AN_EDIT: ReadonlySet<ErrorCode> = new Set(['empty_title', 'invalid_input', 'invalid_document', 'not_found']);

export class Autosaver extends SaveLoop {
  private baseVersionId: string;
  private savedKey: string | null = null;
  private savedTitle = '';
  private inFlight: Promise<void> | null = null;
  private readonly delayMs: number;
  private read: (() => Snapshot) | null = null;
  /** Cancels the journal write scheduled (a timer, then an idle callback), if any. */
  private journalCancel: (() => void) | null = null;
  private journalPending = false;

  constructor(private readonly options: AutosaverOptions) {
    super(NEEDS_AN_EDIT);
    this.baseVersionId = options.baseVersionId;
    this.delayMs = options.delayMs ?? 800;
  }

  /** Where the current title and body are read from, once the editor exists. */
  setSource(read: () => Snapshot): void {
    this.read = read;
  }

  /** The state loaded in the editor is the saved state: call once the editor holds it. */
  markLoaded(): void {
    if (!this.read) return;
    const loaded = this.read();
    this.savedKey = keyOf(loaded);
    this.savedTitle = loaded.title;
  }

  /** Something changed: save ~800 ms after the last change. */
  change(): void {
    if (this.getStatus().kind !== 'saving') this.setStatus({ kind: 'dirty' });
    this.journalPending = true;
    if (!this.journalCancel) {
      const timer = setTimeout(() => {
        this.journalCancel = whenIdle(() => {
          this.journalCancel = null;
          this.journalNow();
        }, JOURNAL_IDLE_TIMEOUT_MS);
      }, JOURNAL_INTERVAL_MS);
      this.journalCancel = () => clearTimeout(timer);
    }
    this.saveAfter(this.delayMs);
  }

  /**
   * Saves now whatever is not saved yet, after the save in flight if any. Resolves true once the
   * state as of the call (or later) is stored, false if it could not be.
   */
  async flush(): Promise<boolean> {
    this.stopTimers();
    for (;;) {
      while (this.inFlight) await this.inFlight;
      if (!this.read) return true;
      // From here to `this.inFlight = …` nothing awaits: a concurrent flush sees the save in flight.
      const current = this.read();
      // A blank title cannot be stored, but the text must not wait for it: the text is saved
      // under the last stored title, and the blank title is reported until it is filled in.
      const blankTitle = current.title.trim().length === 0;
      const snapshot = blankTitle ? { ...current, title: this.savedTitle } : current;
      const key = keyOf(snapshot);
      if (key === this.savedKey) {
        if (blankTitle) {
          this.setStatus({ kind: 'error', error: errorValue('empty_title'), retrying: false });
          return false;
        }
        // Back to what is stored (an edit undone): a journaled edit must not come back on reopening.
        this.journalPending = false;
        this.options.journal?.clear();
        if (!this.timer) this.setStatus({ kind: 'saved' });
        return true;
      }
      const saving = this.send(snapshot, key);
      this.inFlight = saving.then(() => undefined);
      const ok = await saving;
      this.inFlight = null;
      if (!ok) return false;
    }
  }

  /** Writes unsaved edits to the journal now (synchronous: safe in `pagehide`). */
  journalNow(): void {
    if (!this.journalPending || !this.read || !this.options.journal) return;
    this.journalPending = false;
    const current = this.read();
    // Back to the stored state with no save under way: the journal goes (else reopening would bring
    // back text since deleted). While a save is in flight the database is about to change: journal.
    if (keyOf(current) !== this.savedKey || this.inFlight) this.options.journal.write(current, this.baseVersionId);
    else this.options.journal.clear();
  }

  /** Stops timers; a pending change should be flushed first (see flush). */
  override dispose(): void {
    super.dispose();
    this.journalCancel?.();
    this.journalCancel = null;
  }

  private async send(snapshot: Snapshot, key: string): Promise<boolean> {
    this.setStatus({ kind: 'saving' });
    const result: Result<Recommendation> = await this.attempt(() =>
      this.options.save({ recommendationId: this.options.recommendationId, baseVersionId: this.baseVersionId, title: snapshot.title, body: snapshot.body }),
    );
    if (result.ok) {
      this.baseVersionId = result.value.headVersionId;
      this.savedKey = key;
      this.savedTitle = snapshot.title;
      this.succeeded();
      this.setStatus(this.timer ? { kind: 'dirty' } : { kind: 'saved' });
      // The journal may go once the database holds everything typed so far.
      if (!this.timer && this.read && keyOf(this.read()) === key) {
        this.journalPending = false;
        this.options.journal?.clear();
      }
      this.options.onSaved?.(result.value);
      return true;
    }
    this.failed(result.error);
    return false;
  }
}

function keyOf(snapshot: Snapshot): string {
  return JSON.stringify([snapshot.title, snapshot.body]);
}
