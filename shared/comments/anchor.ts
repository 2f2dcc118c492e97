/**
 * Anchoring a comment to a span of a recommendation's text, and finding that span again in a later
 * version: the comment follows the text as it is edited around it.
 *
 * An anchor is stored as written: the block's stable id, start and end offsets (UTF-16 units in the
 * block's text, as `textBlocks` reads it) and the quoted text, on the version that was the head when
 * the comment was made. On a later version it is found again, in this order:
 * 1. exact: the quote in the same block, the occurrence nearest to where the word diff carries the
 *    old offsets (edits before or after the span only shift it);
 * 2. fuzzy: in the same block, the span the word diff carries the old one to, if it still shares at
 *    least half of its words with the quote (the span itself was edited);
 * 3. moved: the quote, verbatim, in another block (a sentence moved to another paragraph);
 * 4. fuzzy: the passage of any block closest to the quote in words, if close enough;
 * 5. detached: the text is gone. The comment is kept, shown with its quote, anchored nowhere.
 */
import { wordsOf, similarity } from '../document/reconcile';
import type { SerializedDocument } from '../document/lexicalJson';
import { diffBlocks, type DiffBlock } from '../diff/formattedText';
import { tokenize } from '../diff/tokens';
import type { DiffRun } from '../diff/types';
import { diffFormattedText } from '../diff/wordDiff';

export interface TextAnchor {
  blockId: string;
  start: number;
  end: number;
  quote: string;
}

export type AnchorState = 'exact' | 'fuzzy' | 'moved' | 'detached';

export interface ResolvedAnchor extends TextAnchor {
  /** Index of the block among the document's blocks, in reading order (to sort comments beside the text). */
  blockIndex: number;
}

export interface Reanchored {
  state: AnchorState;
  /** Where the comment stands in the later version; null when detached. */
  current: ResolvedAnchor | null;
}

/** Below this share of common words, an edited passage is no longer the one commented on. */
export const FUZZY_THRESHOLD = 0.5;
/** The stricter threshold for a passage found anywhere, with no position to go by. */
export const FUZZY_ELSEWHERE_THRESHOLD = 0.6;

/** Checks an anchor against a document: the block exists and the offsets hold the quote (or the quote is in that block). */
export function locateAnchor(doc: SerializedDocument, anchor: TextAnchor): ResolvedAnchor | null {
  const blocks = diffBlocks(doc);
  const index = blocks.findIndex((b) => b.uid === anchor.blockId);
  if (index < 0 || anchor.quote.length === 0) return null;
  const text = blocks[index]!.text;
  if (text.slice(anchor.start, anchor.end) === anchor.quote) return { ...anchor, blockIndex: index };
  const at = nearestOccurrence(text, anchor.quote, anchor.start);
  return at === null ? null : { blockId: anchor.blockId, start: at, end: at + anchor.quote.length, quote: anchor.quote, blockIndex: index };
}

/** The first occurrence of `quote` in the document's blocks, in reading order (the command line's --quote). */
export function findQuote(doc: SerializedDocument, quote: string): ResolvedAnchor | null {
  if (quote.length === 0) return null;
  const blocks = diffBlocks(doc);
  for (let i = 0; i < blocks.length; i++) {
    const at = blocks[i]!.text.indexOf(quote);
    if (at >= 0 && blocks[i]!.uid) return { blockId: blocks[i]!.uid!, start: at, end: at + quote.length, quote, blockIndex: i };
  }
  return null;
}

export function reanchor(anchor: TextAnchor, from: SerializedDocument, to: SerializedDocument): Reanchored {
  const oldBlock = diffBlocks(from).find((b) => b.uid === anchor.blockId);
  const blocks = diffBlocks(to);
  const index = blocks.findIndex((b) => b.uid === anchor.blockId);
  if (index >= 0) {
    const block = blocks[index]!;
    const runs = oldBlock ? diffFormattedText(oldBlock, block) : null;
    const start = runs ? mapStart(runs, anchor.start) : anchor.start;
    const end = runs ? Math.max(start, mapEnd(runs, anchor.end)) : anchor.end;
    const at = nearestOccurrence(block.text, anchor.quote, start);
    if (at !== null) return found('exact', block, index, at, at + anchor.quote.length);
    const span = block.text.slice(start, end);
    if (span.trim().length > 0 && similarity(wordsOf(span), wordsOf(anchor.quote)) >= FUZZY_THRESHOLD) return found('fuzzy', block, index, start, end);
  }
  for (let i = 0; i < blocks.length; i++) {
    const at = blocks[i]!.text.indexOf(anchor.quote);
    if (at >= 0 && blocks[i]!.uid) return found('moved', blocks[i]!, i, at, at + anchor.quote.length);
  }
  const close = closestPassage(blocks, anchor.quote);
  if (close) return found('fuzzy', blocks[close.index]!, close.index, close.start, close.end);
  return { state: 'detached', current: null };
}

function found(state: AnchorState, block: DiffBlock, index: number, start: number, end: number): Reanchored {
  if (!block.uid) return { state: 'detached', current: null };
  return { state, current: { blockId: block.uid, start, end, quote: block.text.slice(start, end), blockIndex: index } };
}

function nearestOccurrence(text: string, quote: string, near: number): number | null {
  if (quote.length === 0) return null;
  let best: number | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * Where an old start offset lands in the new text. Text inserted right before it stays outside the
 * span; if the start was in deleted text, the span starts where that change starts (its replacement
 * is inside).
 */
export function mapStart(runs: readonly DiffRun[], p: number): number {
  let o = 0;
  let n = 0;
  for (const run of runs) {
    const length = run.text.length;
    if (run.kind === 'insert') {
      n += length;
    } else if (run.kind === 'delete') {
      if (p < o + length) return n;
      o += length;
    } else {
      if (p < o + length) return n + (p - o);
      o += length;
      n += length;
    }
  }
  return n;
}

/**
 * Where an old end offset (exclusive) lands in the new text. Text inserted right after it stays
 * outside, unless it replaces text that was inside the span.
 */
export function mapEnd(runs: readonly DiffRun[], p: number): number {
  let o = 0;
  let n = 0;
  let replacingInside = false;
  for (const run of runs) {
    const length = run.text.length;
    if (run.kind === 'insert') {
      if (o >= p && !replacingInside) return n;
      n += length;
    } else if (run.kind === 'delete') {
      if (p <= o) return n;
      o += length;
      replacingInside = true;
    } else {
      if (p <= o + length) return n + Math.max(0, p - o);
      o += length;
      n += length;
      replacingInside = false;
    }
  }
  return n;
}

/** The run of words, in any block, that shares the most words with the quote, if it shares enough. */
function closestPassage(blocks: readonly DiffBlock[], quote: string): { index: number; start: number; end: number } | null {
  const wanted = wordsOf(quote);
  if (wanted.length === 0) return null;
  let best: { index: number; start: number; end: number; score: number } | null = null;
  blocks.forEach((block, index) => {
    if (!block.uid) return;
    const words = tokenize(block.text).filter((t) => t.kind === 'word');
    const size = Math.min(wanted.length, words.length);
    for (let k = 0; k + size <= words.length && size > 0; k++) {
      const window = words.slice(k, k + size);
      const start = window[0]!.start;
      const last = window[window.length - 1]!;
      const end = last.start + last.text.length;
      const score = similarity(wordsOf(block.text.slice(start, end)), wanted);
      if (!best || score > best.score) best = { index, start, end, score };
    }
  });
  const result = best as { index: number; start: number; end: number; score: number } | null;
  return result && result.score >= FUZZY_ELSEWHERE_THRESHOLD ? result : null;
}
