/**
 * The structured word diff of two serialized documents: what the inline redline, the side-by-side
 * view, the command line and (later) Word tracked changes are all drawn from.
 *
 * A document diff is a list of blocks (paragraphs, headings, list items) in display order: the new
 * document's order, with removed blocks shown where they stood. Each block holds runs of text, each
 * run one kind and one format, so that concatenating a side's runs gives that side's text exactly.
 */
import type { ParagraphKind } from '../document/paragraphKind';

/**
 * - equal: the same text with the same format on both sides;
 * - insert / delete: text only on the new / old side;
 * - format: the same text, formatted differently (`oldFormat` before, `format` after).
 */
export type DiffRunKind = 'equal' | 'insert' | 'delete' | 'format';

export interface DiffRun {
  kind: DiffRunKind;
  text: string;
  /** Lexical format bits (bold 1, italic 2, strikethrough 4, underline 8…) of the text: the new side's, the old side's for a deletion. */
  format: number;
  /** For a format run: the format the text had before. */
  oldFormat?: number;
  /** For amendment review: the change this run belongs to (see hunks.ts). */
  hunkId?: string;
}

/**
 * - unchanged: same text, formats, type and kind;
 * - changed: edited in place (text, format, block type or paragraph kind);
 * - added / removed: only on the new / old side;
 * - moved: out of its old order (it may also have been edited: see `textChanged`).
 */
export type BlockStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'moved';

export interface BlockDiff {
  status: BlockStatus;
  /** Stable id of the block on the old side (null when added). */
  oldUid: string | null;
  /** Stable id of the block on the new side (null when removed). */
  newUid: string | null;
  /** Index among the old document's blocks, in reading order (null when added). */
  oldIndex: number | null;
  /** Index among the new document's blocks, in reading order (null when removed). */
  newIndex: number | null;
  /** Block type (paragraph, heading, quote, listitem) on the new side, else the old side. */
  type: string;
  oldType: string | null;
  kind: ParagraphKind;
  oldKind: ParagraphKind | null;
  /** True when the text or its formats differ (a moved block may be otherwise identical). */
  textChanged: boolean;
  runs: DiffRun[];
  /** For amendment review: the change of the block as a whole (added, removed or moved). */
  hunkId?: string;
  /** For amendment review: the change of its type or paragraph kind. */
  styleHunkId?: string;
}

export interface DiffStats {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  unchanged: number;
  /** Words inserted and deleted, over all blocks. */
  insertedWords: number;
  deletedWords: number;
}

export interface DocumentDiff {
  blocks: BlockDiff[];
  /** True when nothing differs at all. */
  identical: boolean;
  stats: DiffStats;
}
