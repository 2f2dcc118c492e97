/**
 * A crash journal of edits not yet stored. Autosave writes to the database ~800 ms after typing
 * stops, through an asynchronous call that a reload, a renderer crash or a killed window can cut
 * short. So the editor also writes its unsaved state here, synchronously (local storage survives
 * all of those), and reopening the recommendation stores whatever the journal holds that the
 * database does not. Entries are removed once the database has them.
 */
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import { checkDocument, type DocumentProblem } from '../../../shared/document/validate';

export interface DraftEntry {
  title: string;
  body: SerializedDocument;
  /** The stored version these edits were made on. */
  baseVersionId: string;
  savedAt: string;
}

const PREFIX = 'palabre.unsaved.';

/** Problems of size only: the document is well formed, just more than the database accepts. */
const SIZE_PROBLEMS: ReadonlySet<DocumentProblem> = new Set(['too_long', 'too_many_nodes']);

export function writeDraft(recommendationId: string, entry: DraftEntry): void {
  try {
    localStorage.setItem(PREFIX + recommendationId, JSON.stringify(entry));
  } catch {
    // Storage full or unavailable: autosave to the database still runs; the journal is a safety net.
  }
}

export function readDraft(recommendationId: string): DraftEntry | null {
  try {
    const raw = localStorage.getItem(PREFIX + recommendationId);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<DraftEntry>;
    if (typeof value.title !== 'string' || typeof value.baseVersionId !== 'string') return null;
    // A text too long to be stored is still the user's text: it comes back, so that they can cut
    // it down (the save then says why it is refused). Anything else malformed is not loaded.
    const problem = checkDocument(value.body);
    if (problem !== null && !SIZE_PROBLEMS.has(problem)) return null;
    return value as DraftEntry;
  } catch {
    return null;
  }
}

export function clearDraft(recommendationId: string): void {
  try {
    localStorage.removeItem(PREFIX + recommendationId);
  } catch {
    // Nothing to do: a stale entry is recognised as already stored when next read.
  }
}
