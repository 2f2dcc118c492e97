/**
 * Word diff of two formatted texts (one block each), as runs a reader can follow:
 * 1. the texts are cut into reader's tokens (tokens.ts) and compared token by token (jsdiff's Myers
 *    diff on arrays);
 * 2. semantic cleanup: a short equality squeezed between two larger changes is folded into them
 *    (« [-le comité national de suivi-]{+la commission nationale de pilotage+} » rather than four
 *    little changes around « de »), as diff-match-patch's cleanupSemantic does with characters, with
 *    a rule of its own for words (see `foldable`);
 * 3. each lone insertion or deletion slides to start on a word and end on a space;
 * 4. formats are compared character by character inside the equal text: a word put in bold is a
 *    format run, not a deletion and an insertion.
 */
import { diffArrays } from 'diff';
import type { FormattedText } from './formattedText';
import { isSpace, tokenize } from './tokens';
import type { DiffRun } from './types';

type OpKind = 'equal' | 'delete' | 'insert';
interface Op {
  op: OpKind;
  tokens: string[];
}

/** Beyond this many token edits, Myers gives up and the block is shown as rewritten. Deterministic, unlike a timeout. */
const MAX_EDIT_LENGTH = 1500;

export function diffFormattedText(before: FormattedText, after: FormattedText): DiffRun[] {
  // Most blocks of two versions are the same: their runs are the text's format runs, nothing to cut or compare.
  if (before.text === after.text) return toRuns([{ op: 'equal', tokens: [before.text] }], before, after);
  const ops = diffTokens(
    tokenize(before.text).map((t) => t.text),
    tokenize(after.text).map((t) => t.text),
  );
  return toRuns(ops, before, after);
}

/** Token-level diff with cleanup: ops whose joined tokens give the old side (equal + delete) and the new side (equal + insert). */
export function diffTokens(a: string[], b: string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  let middle: Op[];
  if (midA.length === 0 || midB.length === 0) {
    middle = [
      { op: 'delete', tokens: midA },
      { op: 'insert', tokens: midB },
    ];
  } else {
    const changes = diffArrays(midA, midB, { maxEditLength: MAX_EDIT_LENGTH });
    middle = changes
      ? changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', tokens: c.value }))
      : [
          { op: 'delete', tokens: midA },
          { op: 'insert', tokens: midB },
        ];
  }
  const ops = normalize([{ op: 'equal', tokens: a.slice(0, prefix) }, ...middle, { op: 'equal', tokens: a.slice(a.length - suffix) }]);
  return slideToWords(normalize(cleanupSemantic(ops)));
}

const length = (op: Op) => op.tokens.reduce((n, t) => n + t.length, 0);

/**
 * diff-match-patch's semantic cleanup on tokens: an equality no longer than the changes on each of
 * its sides is turned into a deletion and an insertion, and the neighbours are looked at again.
 */
function cleanupSemantic(input: Op[]): Op[] {
  const ops = input.map((o) => ({ op: o.op, tokens: [...o.tokens] }));
  const equalities: number[] = [];
  let lastEquality: Op | null = null;
  let insBefore = 0;
  let delBefore = 0;
  let insAfter = 0;
  let delAfter = 0;
  let pointer = 0;
  while (pointer < ops.length) {
    const current = ops[pointer]!;
    if (current.op === 'equal') {
      equalities.push(pointer);
      insBefore = insAfter;
      delBefore = delAfter;
      insAfter = 0;
      delAfter = 0;
      lastEquality = current;
    } else {
      if (current.op === 'insert') insAfter += length(current);
      else delAfter += length(current);
      if (lastEquality && foldable(lastEquality, insBefore, delBefore, insAfter, delAfter)) {
        const at = equalities.pop()!;
        ops.splice(at, 1, { op: 'delete', tokens: [...lastEquality.tokens] }, { op: 'insert', tokens: [...lastEquality.tokens] });
        // The previous equality must be looked at again: its neighbourhood just grew.
        equalities.pop();
        pointer = equalities.length > 0 ? equalities[equalities.length - 1]! : -1;
        insBefore = delBefore = insAfter = delAfter = 0;
        lastEquality = null;
      }
    }
    pointer++;
  }
  return ops;
}

/**
 * Whether an equality between two groups of changes reads better folded into them. Spaces and
 * punctuation alone always do. Words only when both neighbours replace text (« [-a-]{+b+} de
 * [-c-]{+d+} »): between two insertions (« {+vivement +}de créer{+ sans délai+} ») the words that
 * did not change stay visible. In both cases, only when the equality is no longer than the changes
 * on each side.
 */
function foldable(equality: Op, insBefore: number, delBefore: number, insAfter: number, delAfter: number): boolean {
  const size = length(equality);
  if (size > Math.max(insBefore, delBefore) || size > Math.max(insAfter, delAfter)) return false;
  const hasWords = equality.tokens.some((t) => /[\p{L}\p{N}]/u.test(t));
  return !hasWords || (insBefore > 0 && delBefore > 0 && insAfter > 0 && delAfter > 0);
}

/**
 * Merges neighbours of the same kind, gathers each group of changes into one deletion then one
 * insertion, and gives back to the equalities what a group's deletion and insertion share at their ends.
 */
function normalize(input: Op[]): Op[] {
  const out: Op[] = [];
  let del: string[] = [];
  let ins: string[] = [];
  const pushEqual = (tokens: string[]) => {
    if (tokens.length === 0) return;
    const last = out[out.length - 1];
    if (last?.op === 'equal') last.tokens.push(...tokens);
    else out.push({ op: 'equal', tokens: [...tokens] });
  };
  const flush = () => {
    let p = 0;
    while (p < del.length && p < ins.length && del[p] === ins[p]) p++;
    let s = 0;
    while (s < del.length - p && s < ins.length - p && del[del.length - 1 - s] === ins[ins.length - 1 - s]) s++;
    pushEqual(del.slice(0, p));
    if (del.length - p - s > 0) out.push({ op: 'delete', tokens: del.slice(p, del.length - s) });
    if (ins.length - p - s > 0) out.push({ op: 'insert', tokens: ins.slice(p, ins.length - s) });
    pushEqual(del.slice(del.length - s));
    del = [];
    ins = [];
  };
  for (const op of input) {
    if (op.op === 'delete') del.push(...op.tokens);
    else if (op.op === 'insert') ins.push(...op.tokens);
    else {
      flush();
      pushEqual(op.tokens);
    }
  }
  flush();
  return out;
}

/**
 * A lone insertion or deletion between two equalities can often sit in several places
 * (« un[ grand] réseau » or « un [grand ]réseau »): put it where it starts on a word and ends on a space.
 */
function slideToWords(ops: Op[]): Op[] {
  for (let i = 1; i + 1 < ops.length; i++) {
    const before = ops[i - 1]!;
    const edit = ops[i]!;
    const after = ops[i + 1]!;
    if (before.op !== 'equal' || after.op !== 'equal' || edit.op === 'equal') continue;
    // Slide fully left, then try every position to the right.
    let a = [...before.tokens];
    let x = [...edit.tokens];
    let b = [...after.tokens];
    while (a.length > 0 && a[a.length - 1] === x[x.length - 1]) {
      b = [x[x.length - 1]!, ...b];
      x = [a[a.length - 1]!, ...x.slice(0, -1)];
      a = a.slice(0, -1);
    }
    let best = { a, x, b, score: score(x) };
    while (b.length > 0 && b[0] === x[0]) {
      a = [...a, x[0]!];
      x = [...x.slice(1), b[0]!];
      b = b.slice(1);
      const s = score(x);
      if (s > best.score) best = { a, x, b, score: s };
    }
    before.tokens = best.a;
    edit.tokens = best.x;
    after.tokens = best.b;
  }
  return ops.filter((op) => op.tokens.length > 0).reduce<Op[]>((out, op) => {
    const last = out[out.length - 1];
    if (last && last.op === op.op) last.tokens.push(...op.tokens);
    else out.push(op);
    return out;
  }, []);
}

function score(tokens: string[]): number {
  return (isSpace(tokens[0]!) ? 0 : 2) + (isSpace(tokens[tokens.length - 1]!) ? 1 : 0);
}

/** The ops as runs of one kind and one format, formats read from each side character by character. */
function toRuns(ops: Op[], before: FormattedText, after: FormattedText): DiffRun[] {
  const runs: DiffRun[] = [];
  const push = (run: DiffRun) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === run.kind && last.format === run.format && last.oldFormat === run.oldFormat) last.text += run.text;
    else runs.push(run);
  };
  let i = 0; // offset in the old text
  let j = 0; // offset in the new text
  for (const op of ops) {
    const text = op.tokens.join('');
    // Stretches of one format at a time (not character by character: a block is mostly one format).
    let k = 0;
    while (k < text.length) {
      let end = k + 1;
      if (op.op === 'delete') {
        const format = before.formats[i] ?? 0;
        while (end < text.length && (before.formats[i + end - k] ?? 0) === format) end++;
        push({ kind: 'delete', text: text.slice(k, end), format });
        i += end - k;
      } else if (op.op === 'insert') {
        const format = after.formats[j] ?? 0;
        while (end < text.length && (after.formats[j + end - k] ?? 0) === format) end++;
        push({ kind: 'insert', text: text.slice(k, end), format });
        j += end - k;
      } else {
        const oldFormat = before.formats[i] ?? 0;
        const format = after.formats[j] ?? 0;
        while (end < text.length && (before.formats[i + end - k] ?? 0) === oldFormat && (after.formats[j + end - k] ?? 0) === format) end++;
        const piece = text.slice(k, end);
        push(oldFormat === format ? { kind: 'equal', text: piece, format } : { kind: 'format', text: piece, format, oldFormat });
        i += end - k;
        j += end - k;
      }
      k = end;
    }
  }
  return runs;
}
