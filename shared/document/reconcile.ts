/**
 * Gives a new plain text the stable paragraph ids of the version it replaces, the way the editor
 * would have: a paragraph left as it was, moved, or edited in place keeps its id (and its kind);
 * a new paragraph gets a new id. Used when a text arrives without the editor (the command line, a
 * text file), so that later merges can still align paragraphs.
 *
 * Alignment, in this order:
 * 1. identical paragraphs, in order: the longest common subsequence of the two lists;
 * 2. identical paragraphs that moved (out of that order);
 * 3. between two aligned paragraphs, the remaining ones paired in order by word overlap, when at
 *    least half of their words are shared (an edit in place rather than a new paragraph).
 * Identical means the same text once spaces and apostrophes are set aside, so that French
 * typography applied on save does not turn an untouched paragraph into a new one.
 */
import { foldForSearch } from '../text';
import {
  BLOCK_ID_KEY,
  BLOCK_TYPES,
  blockIdOf,
  blockText,
  emptyDocument,
  paragraphFromPlainText,
  walkNodes,
  type SerializedDocument,
  type SerializedNode,
} from './lexicalJson';
import { detectKind, paragraphKindOf, setParagraphKind } from './paragraphKind';

/** Share of common words (Dice coefficient) above which a changed paragraph is the same paragraph edited. */
export const EDITED_IN_PLACE_THRESHOLD = 0.5;

interface OldBlock {
  node: SerializedNode;
  topLevel: boolean;
  text: string;
  key: string;
  words: string[];
}

interface NewParagraph {
  text: string;
  key: string;
  words: string[];
}

export function reconcileBlocks(oldDoc: SerializedDocument, newParagraphTexts: readonly string[], newId: () => string): SerializedDocument {
  const topLevel = new Set(oldDoc.root.children);
  const olds: OldBlock[] = [];
  walkNodes(oldDoc, (node) => {
    if (!BLOCK_TYPES.has(node.type)) return;
    const text = blockText(node).trim();
    olds.push({ node, topLevel: topLevel.has(node), text, key: identityKey(text), words: wordsOf(text) });
  });
  const news: NewParagraph[] = newParagraphTexts
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ text, key: identityKey(text), words: wordsOf(text) }));

  const match = alignParagraphs(olds, news);
  const used = new Set<string>();
  const children = news.map((paragraph, i) => {
    const old = match[i] === undefined ? undefined : olds[match[i]!];
    const uid = old ? blockIdOf(old.node) : undefined;
    const keptUid = uid && !used.has(uid) ? uid : newId();
    used.add(keptUid);
    if (old && old.topLevel && old.node.type !== 'listitem' && old.text === paragraph.text) {
      // Untouched: the old block as it was, formatting included.
      const copy = JSON.parse(JSON.stringify(old.node)) as SerializedNode;
      copy.$ = { ...(copy.$ ?? {}), [BLOCK_ID_KEY]: keptUid };
      return copy;
    }
    const node = paragraphFromPlainText(paragraph.text, keptUid);
    // An edited paragraph keeps the kind the user gave it; a new one gets the kind its text suggests.
    setParagraphKind(node, old ? paragraphKindOf(old.node) : detectKind(paragraph.text));
    return node;
  });

  const doc = emptyDocument();
  doc.root.children = children.length > 0 ? children : [paragraphFromPlainText('', newId())];
  return doc;
}

/** For each new paragraph, the index of the old block whose id it keeps (undefined: a new paragraph). */
export function alignParagraphs(
  olds: ReadonlyArray<{ key: string; words: string[] }>,
  news: ReadonlyArray<{ key: string; words: string[] }>,
): Array<number | undefined> {
  const match: Array<number | undefined> = new Array(news.length).fill(undefined);
  const oldTaken = new Array<boolean>(olds.length).fill(false);

  // 1. Identical paragraphs in order (LCS); they are the anchors of step 3.
  const anchors = longestCommonSubsequence(
    olds.map((o) => o.key),
    news.map((n) => n.key),
  );
  for (const [o, n] of anchors) {
    match[n] = o;
    oldTaken[o] = true;
  }

  // 2. Identical paragraphs that moved.
  news.forEach((paragraph, n) => {
    if (match[n] !== undefined) return;
    const o = olds.findIndex((old, index) => !oldTaken[index] && old.key === paragraph.key);
    if (o >= 0) {
      match[n] = o;
      oldTaken[o] = true;
    }
  });

  // 3. Edited in place: within each gap between anchors, pair in order by word overlap.
  const bounds: Array<[number, number]> = [[-1, -1], ...anchors, [olds.length, news.length]];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const [o0, n0] = bounds[g]!;
    const [o1, n1] = bounds[g + 1]!;
    const gapOld = range(o0 + 1, o1).filter((o) => !oldTaken[o]);
    const gapNew = range(n0 + 1, n1).filter((n) => match[n] === undefined);
    for (const [o, n] of bestOrderedPairs(
      gapOld.map((o) => olds[o]!.words),
      gapNew.map((n) => news[n]!.words),
    )) {
      match[gapNew[n]!] = gapOld[o]!;
      oldTaken[gapOld[o]!] = true;
    }
  }
  return match;
}

/** Index pairs [a, b] of a longest common subsequence of two lists of keys, in order. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i++, j++]);
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Pairs, in order on both sides, maximising the total similarity; only pairs above the threshold count. */
function bestOrderedPairs(a: readonly string[][], b: readonly string[][]): Array<[number, number]> {
  if (a.length === 0 || b.length === 0) return [];
  const cols = b.length + 1;
  const score = new Float64Array((a.length + 1) * cols);
  const sim = (i: number, j: number) => {
    // An empty old paragraph is where the editor's cursor was: typing into it keeps its id, if nothing fits better.
    if (a[i]!.length === 0 && b[j]!.length > 0) return EDITED_IN_PLACE_THRESHOLD;
    const s = similarity(a[i]!, b[j]!);
    return s >= EDITED_IN_PLACE_THRESHOLD ? s : -1;
  };
  const sims: number[] = [];
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) sims.push(sim(i, j));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const s = sims[i * b.length + j]!;
      score[i * cols + j] = Math.max(score[(i + 1) * cols + j]!, score[i * cols + j + 1]!, s > 0 ? s + score[(i + 1) * cols + j + 1]! : 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const here = score[i * cols + j]!;
    const s = sims[i * b.length + j]!;
    if (s > 0 && here === s + score[(i + 1) * cols + j + 1]!) pairs.push([i++, j++]);
    else if (here === score[(i + 1) * cols + j]!) i++;
    else j++;
  }
  return pairs;
}

/** Dice coefficient of two word multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** The text without its spaces and with one kind of apostrophe: typography does not make a paragraph new. */
export function identityKey(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/gu, '').replace(/[\u2019\u02BC]/g, "'");
}

/** The words of a paragraph, folded (no case, no accents), for `similarity`. */
export function wordsOf(text: string): string[] {
  return foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
