/**
 * Who made each tracked change of the review copy. The review copy compares the earlier milestone's
 * version with the exported one in one diff; the versions in between may come from several experts,
 * each of whom changed a different passage. So the text of each paragraph (and the title) is
 * followed version by version along the line of first parents: each step is diffed with the one
 * before, the characters it inserted are credited to its author and date, and so are the earlier
 * characters it deleted. Each insertion and deletion of the overall diff is then cut where its
 * characters change hands, each piece with its own author.
 *
 * A piece the steps cannot explain (the overall diff aligned words differently from the steps, or a
 * paragraph without a stable id) keeps the paragraph's author, given by the caller.
 */
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import { diffPlainText } from '../../../../shared/diff/documentDiff';
import { diffBlocks } from '../../../../shared/diff/formattedText';
import type { DiffRun, DocumentDiff } from '../../../../shared/diff/types';
import type { ChangeAuthor } from '../../../../shared/report/model';
import type { VersionRow } from '../../db/repositories/recommendations';
import { changeAuthor } from './lineage';

type Credit = ChangeAuthor | null;

/** The word diff of one step (memoised by stepsOf: a paragraph's insertions and deletions walk the same steps). */
type StepDiff = (before: string, after: string) => DiffRun[];

/** A diff's runs, cut where authorship changes, with the author of each piece (null: not known). */
export interface AttributedRuns {
  runs: DiffRun[];
  authors: Credit[];
}

/**
 * The states from the earlier milestone's version (null: none) to the exported one, oldest first,
 * from the lineage's line (newest first), with the author of each step after the first.
 */
export function stepsOf(base: VersionRow | null, line: readonly VersionRow[], unknown: string) {
  const states = [base, ...[...line].reverse()];
  const authors = states.slice(1).map((v) => changeAuthor(v!, unknown));
  const texts = new Map<VersionRow, Map<string, string>>();
  const blockTexts = (v: VersionRow) => {
    let found = texts.get(v);
    if (!found) {
      found = new Map();
      for (const block of diffBlocks(JSON.parse(v.bodyJson) as SerializedDocument)) if (block.uid && !found.has(block.uid)) found.set(block.uid, block.text);
      texts.set(v, found);
    }
    return found;
  };
  const diffs = new Map<string, DiffRun[]>();
  const diff: StepDiff = (before, after) => {
    const key = `${before}\u0000${after}`;
    let runs = diffs.get(key);
    if (!runs) diffs.set(key, (runs = diffPlainText(before, after)));
    return runs;
  };
  return {
    diff,
    /** The title of each state ('' before the recommendation existed). */
    titles: (): string[] => states.map((v) => v?.title ?? ''),
    /** The text of the paragraph with this id in each state ('' where it is absent). */
    block: (uid: string): string[] => states.map((v) => (v ? (blockTexts(v).get(uid) ?? '') : '')),
    authors,
  };
}

/** Who inserted each character of the last text (null: it was already in the first). */
export function insertedBy(texts: readonly string[], authors: readonly ChangeAuthor[], diff: StepDiff = diffPlainText): Credit[] {
  let credits: Credit[] = new Array<Credit>(texts[0]?.length ?? 0).fill(null);
  for (let step = 1; step < texts.length; step++) {
    if (texts[step] === texts[step - 1]) continue;
    const next: Credit[] = [];
    let old = 0;
    for (const run of diff(texts[step - 1]!, texts[step]!)) {
      const n = run.text.length;
      if (run.kind === 'insert') for (let k = 0; k < n; k++) next.push(authors[step - 1]!);
      else if (run.kind === 'delete') old += n;
      else {
        for (let k = 0; k < n; k++) next.push(credits[old + k] ?? null);
        old += n;
      }
    }
    credits = next;
  }
  return credits;
}

/** Who deleted each character of the first text (null: it is still there in the last). */
export function deletedBy(texts: readonly string[], authors: readonly ChangeAuthor[], diff: StepDiff = diffPlainText): Credit[] {
  const first = texts[0] ?? '';
  const credits: Credit[] = new Array<Credit>(first.length).fill(null);
  // For each character of the current state, its index in the first text (-1: inserted since).
  let origin = Array.from({ length: first.length }, (_, i) => i);
  for (let step = 1; step < texts.length; step++) {
    if (texts[step] === texts[step - 1]) continue;
    const next: number[] = [];
    let old = 0;
    for (const run of diff(texts[step - 1]!, texts[step]!)) {
      const n = run.text.length;
      if (run.kind === 'insert') for (let k = 0; k < n; k++) next.push(-1);
      else if (run.kind === 'delete') {
        for (let k = 0; k < n; k++) {
          const at = origin[old + k] ?? -1;
          if (at >= 0) credits[at] = authors[step - 1]!;
        }
        old += n;
      } else {
        for (let k = 0; k < n; k++) next.push(origin[old + k] ?? -1);
        old += n;
      }
    }
    origin = next;
  }
  return credits;
}

/**
 * Cuts the runs of the overall diff by who inserted (new side) or deleted (old side) each character.
 * A side whose credits do not cover its text exactly is left unattributed rather than misattributed.
 */
export function attributeRuns(runs: readonly DiffRun[], inserted: readonly Credit[] | null, deleted: readonly Credit[] | null): AttributedRuns {
  const newLength = runs.reduce((n, r) => n + (r.kind === 'delete' ? 0 : r.text.length), 0);
  const oldLength = runs.reduce((n, r) => n + (r.kind === 'insert' ? 0 : r.text.length), 0);
  const insertedOk = inserted && inserted.length === newLength ? inserted : null;
  const deletedOk = deleted && deleted.length === oldLength ? deleted : null;
  const out: AttributedRuns = { runs: [], authors: [] };
  let atNew = 0;
  let atOld = 0;
  for (const run of runs) {
    const n = run.text.length;
    const credits = run.kind === 'insert' ? insertedOk?.slice(atNew, atNew + n) : run.kind === 'delete' ? deletedOk?.slice(atOld, atOld + n) : undefined;
    if (run.kind !== 'delete') atNew += n;
    if (run.kind !== 'insert') atOld += n;
    if (!credits) {
      out.runs.push(run);
      out.authors.push(null);
      continue;
    }
    let from = 0;
    for (let k = 1; k <= n; k++) {
      if (k < n && credits[k] === credits[from]) continue;
      out.runs.push({ ...run, text: run.text.slice(from, k) });
      out.authors.push(credits[from] ?? null);
      from = k;
    }
  }
  return out;
}

/** Every block of a recommendation's diff with its runs cut and credited, step by step. */
export function attributeBody(body: DocumentDiff, steps: ReturnType<typeof stepsOf>): { body: DocumentDiff; runAuthors: Credit[][] } {
  const runAuthors: Credit[][] = [];
  const blocks = body.blocks.map((block) => {
    if (block.status === 'unchanged') {
      runAuthors.push(block.runs.map(() => null));
      return block;
    }
    const inserted = block.newUid ? insertedBy(steps.block(block.newUid), steps.authors, steps.diff) : null;
    const deleted = block.oldUid ? deletedBy(steps.block(block.oldUid), steps.authors, steps.diff) : null;
    const attributed = attributeRuns(block.runs, inserted, deleted);
    runAuthors.push(attributed.authors);
    return { ...block, runs: attributed.runs };
  });
  return { body: { ...body, blocks }, runAuthors };
}
