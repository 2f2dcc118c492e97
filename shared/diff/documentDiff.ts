/**
 * Block-by-block comparison of two serialized documents.
 *
 * Blocks are aligned, in this order:
 * 1. by their stable id (the editor keeps it through edits, moves and merges);
 * 2. the blocks left over (a paragraph retyped or pasted, a text from a Word file) as reconcile.ts
 *    aligns paragraphs: identical text, then similar text in order;
 * 3. then similar text out of order (a paragraph both moved and edited), most similar first.
 * Aligned blocks that keep their relative order (a longest increasing run) are unchanged or changed
 * in place; the others have moved. Inside each aligned block, the text is compared word by word
 * (wordDiff.ts). Display order is the new document's, each removed block shown where it stood.
 */
import type { SerializedDocument } from '../document/lexicalJson';
import { alignParagraphs, EDITED_IN_PLACE_THRESHOLD, identityKey, similarity, wordsOf } from '../document/reconcile';
import { diffBlocks, type DiffBlock, type FormattedText } from './formattedText';
import { wordCount } from './tokens';
import type { BlockDiff, DiffRun, DiffStats, DocumentDiff } from './types';
import { diffFormattedText } from './wordDiff';

export function diffDocuments(before: SerializedDocument, after: SerializedDocument): DocumentDiff {
  const olds = diffBlocks(before);
  const news = diffBlocks(after);
  const match = alignBlocks(olds, news);
  const anchors = inOrderPairs(match);
  const oldMatched = new Set(match.filter((o): o is number => o !== undefined));

  const blocks: BlockDiff[] = [];
  let prevOld = -1;
  let prevNew = -1;
  for (const [o, n] of [...anchors, [olds.length, news.length] as [number, number]]) {
    for (let i = prevOld + 1; i < o; i++) if (!oldMatched.has(i)) blocks.push(removedBlock(olds[i]!, i));
    for (let j = prevNew + 1; j < n; j++) {
      const i = match[j];
      blocks.push(i === undefined ? addedBlock(news[j]!, j) : pairedBlock(olds[i]!, i, news[j]!, j, false));
    }
    if (o < olds.length) blocks.push(pairedBlock(olds[o]!, o, news[n]!, n, true));
    prevOld = o;
    prevNew = n;
  }
  const stats = statsOf(blocks);
  return { blocks, identical: stats.added + stats.removed + stats.changed + stats.moved === 0, stats };
}

/** Word diff of two plain texts (a title, a field): the runs, formats all 0. */
export function diffPlainText(before: string, after: string): DiffRun[] {
  return diffFormattedText(plain(before), plain(after));
}

function plain(text: string): FormattedText {
  return { text, formats: new Array<number>(text.length).fill(0) };
}

/** For each new block, the index of the old block it continues (undefined: a new block). */
export function alignBlocks(olds: readonly DiffBlock[], news: readonly DiffBlock[]): Array<number | undefined> {
  const match: Array<number | undefined> = new Array(news.length).fill(undefined);
  const byUid = new Map<string, number>();
  olds.forEach((b, i) => {
    if (b.uid && !byUid.has(b.uid)) byUid.set(b.uid, i);
  });
  const taken = new Set<number>();
  news.forEach((b, j) => {
    const i = b.uid ? byUid.get(b.uid) : undefined;
    if (i !== undefined && !taken.has(i)) {
      match[j] = i;
      taken.add(i);
    }
  });
  const restOld = olds.map((_, i) => i).filter((i) => !taken.has(i));
  const restNew = news.map((_, j) => j).filter((j) => match[j] === undefined);
  const describe = (b: DiffBlock) => ({ key: identityKey(b.text), words: wordsOf(b.text) });
  const fallback = alignParagraphs(restOld.map((i) => describe(olds[i]!)), restNew.map((j) => describe(news[j]!)));
  fallback.forEach((o, k) => {
    if (o !== undefined) match[restNew[k]!] = restOld[o]!;
  });
  // 3. A paragraph both moved and edited: the most similar pairs left, best first, wherever they stand.
  const used = new Set(match.filter((o): o is number => o !== undefined));
  const candidates: Array<[number, number, number]> = [];
  for (const j of restNew.filter((j) => match[j] === undefined)) {
    for (const i of restOld.filter((i) => !used.has(i))) {
      const score = similarity(wordsOf(olds[i]!.text), wordsOf(news[j]!.text));
      if (score >= EDITED_IN_PLACE_THRESHOLD) candidates.push([score, i, j]);
    }
  }
  for (const [, i, j] of candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2])) {
    if (used.has(i) || match[j] !== undefined) continue;
    match[j] = i;
    used.add(i);
  }
  return match;
}

/** The aligned pairs [old, new] that keep their relative order: a longest increasing subsequence of old indices. */
function inOrderPairs(match: ReadonlyArray<number | undefined>): Array<[number, number]> {
  const pairs = match.flatMap((o, n) => (o === undefined ? [] : [[o, n] as [number, number]]));
  // Patience sorting: tails[k] is the index (in pairs) of the smallest tail of an increasing run of length k+1.
  const tails: number[] = [];
  const previous: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach(([o], p) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![0] < o) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[p] = tails[lo - 1]!;
    tails[lo] = p;
  });
  const out: Array<[number, number]> = [];
  for (let p = tails.length > 0 ? tails[tails.length - 1]! : -1; p >= 0; p = previous[p]!) out.push(pairs[p]!);
  return out.reverse();
}

function pairedBlock(before: DiffBlock, i: number, after: DiffBlock, j: number, inOrder: boolean): BlockDiff {
  const runs = diffFormattedText(before, after);
  const textChanged = runs.some((r) => r.kind !== 'equal');
  const styleChanged = before.type !== after.type || before.kind !== after.kind;
  return {
    status: !inOrder ? 'moved' : textChanged || styleChanged ? 'changed' : 'unchanged',
    oldUid: before.uid ?? null,
    newUid: after.uid ?? null,
    oldIndex: i,
    newIndex: j,
    type: after.type,
    oldType: before.type,
    kind: after.kind,
    oldKind: before.kind,
    textChanged,
    runs,
  };
}

function addedBlock(block: DiffBlock, j: number): BlockDiff {
  return {
    status: 'added',
    oldUid: null,
    newUid: block.uid ?? null,
    oldIndex: null,
    newIndex: j,
    type: block.type,
    oldType: null,
    kind: block.kind,
    oldKind: null,
    textChanged: block.text.length > 0,
    runs: runsOf(block, 'insert'),
  };
}

function removedBlock(block: DiffBlock, i: number): BlockDiff {
  return {
    status: 'removed',
    oldUid: block.uid ?? null,
    newUid: null,
    oldIndex: i,
    newIndex: null,
    type: block.type,
    oldType: block.type,
    kind: block.kind,
    oldKind: block.kind,
    textChanged: block.text.length > 0,
    runs: runsOf(block, 'delete'),
  };
}

/** A whole block's text as insert or delete runs, one per format. */
function runsOf(block: FormattedText, kind: 'insert' | 'delete'): DiffRun[] {
  const runs: DiffRun[] = [];
  for (let k = 0; k < block.text.length; k++) {
    const format = block.formats[k] ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.text += block.text[k];
    else runs.push({ kind, text: block.text[k]!, format });
  }
  return runs;
}

function statsOf(blocks: readonly BlockDiff[]): DiffStats {
  const stats: DiffStats = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0, insertedWords: 0, deletedWords: 0 };
  for (const block of blocks) {
    stats[block.status]++;
    for (const run of block.runs) {
      if (run.kind === 'insert') stats.insertedWords += wordCount(run.text);
      else if (run.kind === 'delete') stats.deletedWords += wordCount(run.text);
    }
  }
  return stats;
}
