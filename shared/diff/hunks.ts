/**
 * The changes of a diff as separate decisions, for amendments: each insertion, deletion,
 * replacement or format change inside a block, each added, removed or moved block, a change of
 * paragraph kind or block type, a new title, a changed field — one hunk each, with a stable id.
 *
 * Ids are derived from what the change is (its block, its kind, its text, and its rank among
 * identical changes of that block), not from its position: the same amendment reviewed twice gives
 * the same ids, and a change elsewhere in the text does not renumber the others. A decision naming an
 * id that no longer exists is therefore detected, never applied to another change.
 */
import type { RecommendationFields } from '../domain/types';
import type { BlockDiff, DiffRun, DocumentDiff } from './types';

export type HunkKind =
  | 'insert'
  | 'delete'
  | 'replace'
  | 'format'
  | 'block-insert'
  | 'block-delete'
  | 'block-move'
  | 'block-style'
  | 'title'
  | 'field';

export interface ChangeHunk {
  id: string;
  kind: HunkKind;
  /** The block the change is in (its id on the new side, else on the old side); null for the title and fields. */
  blockUid: string | null;
  /** The field, for a field hunk. */
  field: keyof RecommendationFields | null;
  /** Text taken out (for a field, its old value as text). */
  deleted: string;
  /** Text put in (for a field, its new value as text). */
  inserted: string;
  /** A few words of unchanged text on each side, to recognise the change out of its block. */
  before: string;
  after: string;
}

/** A document diff whose changed runs carry the id of their hunk, and the hunks. */
export interface HunkedDiff {
  diff: DocumentDiff;
  hunks: ChangeHunk[];
}

const CONTEXT_CHARS = 40;

export function bodyHunks(source: DocumentDiff): HunkedDiff {
  const diff: DocumentDiff = { ...source, blocks: source.blocks.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r })) })) };
  const hunks: ChangeHunk[] = [];
  const seen = new Map<string, number>();
  const make = (block: BlockDiff, kind: HunkKind, deleted: string, inserted: string, before = '', after = ''): ChangeHunk => {
    const blockUid = block.newUid ?? block.oldUid;
    const key = `${blockUid ?? `#${block.newIndex ?? block.oldIndex}`}|${kind}|${deleted}|${inserted}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    const hunk: ChangeHunk = { id: hunkId(`${key}|${rank}`), kind, blockUid, field: null, deleted, inserted, before, after };
    hunks.push(hunk);
    return hunk;
  };
  for (const block of diff.blocks) {
    const text = (kinds: DiffRun['kind'][]) => block.runs.filter((r) => kinds.includes(r.kind)).map((r) => r.text).join('');
    if (block.status === 'added') {
      const hunk = make(block, 'block-insert', '', text(['insert']));
      block.hunkId = hunk.id;
      block.runs.forEach((r) => (r.hunkId = hunk.id));
      continue;
    }
    if (block.status === 'removed') {
      const hunk = make(block, 'block-delete', text(['delete']), '');
      block.hunkId = hunk.id;
      block.runs.forEach((r) => (r.hunkId = hunk.id));
      continue;
    }
    if (block.status === 'unchanged') continue;
    if (block.status === 'moved') block.hunkId = make(block, 'block-move', '', '', text(['equal', 'delete', 'format']).slice(0, CONTEXT_CHARS)).id;
    if (block.oldType !== block.type || block.oldKind !== block.kind) {
      block.styleHunkId = make(block, 'block-style', `${block.oldType}/${block.oldKind}`, `${block.type}/${block.kind}`).id;
    }
    groupRuns(block.runs).forEach(({ from, to }) => {
      const runs = block.runs.slice(from, to);
      const deleted = runs.filter((r) => r.kind === 'delete' || r.kind === 'format').map((r) => r.text).join('');
      const inserted = runs.filter((r) => r.kind === 'insert' || r.kind === 'format').map((r) => r.text).join('');
      const isFormat = runs[0]!.kind === 'format';
      const kind: HunkKind = isFormat ? 'format' : deleted && inserted ? 'replace' : deleted ? 'delete' : 'insert';
      const before = oldSideText(block.runs.slice(0, from)).slice(-CONTEXT_CHARS);
      const after = oldSideText(block.runs.slice(to)).slice(0, CONTEXT_CHARS);
      const hunk = make(block, kind, deleted, inserted, before, after);
      runs.forEach((r) => (r.hunkId = hunk.id));
    });
  }
  return { diff, hunks };
}

/** Index ranges of the changes in a block's runs: neighbouring deletions and insertions together, format changes apart. */
function groupRuns(runs: readonly DiffRun[]): Array<{ from: number; to: number }> {
  const groups: Array<{ from: number; to: number }> = [];
  let k = 0;
  while (k < runs.length) {
    const kind = runs[k]!.kind;
    if (kind === 'equal') {
      k++;
      continue;
    }
    const from = k;
    const isFormat = kind === 'format';
    while (k < runs.length && runs[k]!.kind !== 'equal' && (runs[k]!.kind === 'format') === isFormat) k++;
    groups.push({ from, to: k });
  }
  return groups;
}

function oldSideText(runs: readonly DiffRun[]): string {
  return runs.filter((r) => r.kind !== 'insert').map((r) => r.text).join('');
}

/** A hunk for a changed title. */
export function titleHunk(before: string, after: string): ChangeHunk | null {
  if (before === after) return null;
  return { id: hunkId(`title|${before}|${after}`), kind: 'title', blockUid: null, field: null, deleted: before, inserted: after, before: '', after: '' };
}

/** A hunk for a changed field; values are shown as text (lists joined with commas). */
export function fieldHunk<K extends keyof RecommendationFields>(field: K, before: RecommendationFields[K], after: RecommendationFields[K]): ChangeHunk | null {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  return {
    id: hunkId(`field|${field}|${JSON.stringify(before)}|${JSON.stringify(after)}`),
    kind: 'field',
    blockUid: null,
    field,
    deleted: fieldText(before),
    inserted: fieldText(after),
    before: '',
    after: '',
  };
}

function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * A short, stable id from a string: two 32-bit FNV-1a hashes with different seeds, in hex. Not a
 * security measure; only needs to tell apart the few dozen changes of one review.
 */
export function hunkId(key: string): string {
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `h${hash(0x811c9dc5)}${hash(0x2f8e1b35).slice(0, 4)}`;
}
