/**
 * Three-way merge of a run of formatted text (a paragraph's inline content, a title) word by word.
 *
 * The text of each side is cut into the diff's tokens (shared/diff/tokens.ts, so « l’alerte » and
 * « ; » with its no-break space stay whole), each token keyed by its text AND its formats, and the
 * three key sequences are merged by merge3 (diff3.ts: the same change made on both sides is not a
 * conflict, nor are changes to neighbouring words).
 *
 * What must stay true:
 * - merge(base, x, x) = merge(base, base, x) = merge(base, x, base) = x;
 * - a change made on one side only is taken; changes to different words both land, neighbouring
 *   words included (« renforcent la » → ours « renforcent une », theirs « développent la »);
 * - where both sides changed the same words differently there is a conflict: `ours` holds our side
 *   there, `theirs` holds theirs, and everything else is the same merged text in both.
 */
import type { FormattedText } from '../diff/formattedText';
import { isTokenBoundary, tokenize } from '../diff/tokens';
import { merge3 } from './diff3';

export interface TextHunk {
  base: string;
  ours: string;
  theirs: string;
}

export interface TextMerge {
  /** The merged text with our side at each conflict. */
  ours: FormattedText;
  /** The same merged text with their side at each conflict (equal to `ours` when there is none). */
  theirs: FormattedText;
  conflicts: TextHunk[];
}

interface Piece {
  text: string;
  formats: number[];
}

/** Tokens of a formatted text, each keyed by its text and formats, and the pieces the keys stand for. */
function keyed(content: FormattedText, pieces: Map<string, Piece>): string[] {
  const keys: string[] = [];
  for (const { start, text } of units(content.text)) {
    // One format all along (the common case) is keyed by that format alone, without listing it per
    // character: a prefix with no comma cannot be mistaken for a list of several formats.
    const first = content.formats[start] ?? 0;
    let uniform = true;
    for (let k = start + 1; k < start + text.length && uniform; k++) uniform = (content.formats[k] ?? 0) === first;
    const key = uniform && text.length > 1 ? `${first}|${text}` : `${content.formats.slice(start, start + text.length).join(',')}|${text}`;
    // The formats are copied only for a piece not seen yet (most words are in all three texts).
    if (!pieces.has(key)) pieces.set(key, { text, formats: content.formats.slice(start, start + text.length) });
    keys.push(key);
  }
  return keys;
}

/**
 * The diff's tokens, each with the spaces before it. Spaces alone would be the commonest tokens by
 * far, and the alignment would pair them rather than the words around them, so that a word both
 * sides kept could end up inside a conflict on one side only. Leading rather than trailing: a
 * sentence added at the end of a paragraph then leaves its last word and full stop untouched.
 */
function units(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let pending: { start: number; text: string } | null = null;
  for (const token of tokenize(text)) {
    if (token.kind === 'space') {
      pending = pending ? { start: pending.start, text: pending.text + token.text } : { start: token.start, text: token.text };
      continue;
    }
    out.push(pending ? { start: pending.start, text: pending.text + token.text } : { start: token.start, text: token.text });
    pending = null;
  }
  if (pending) out.push(pending);
  return out;
}

function assemble(keys: readonly string[], pieces: ReadonlyMap<string, Piece>): FormattedText {
  let text = '';
  const formats: number[] = [];
  for (const key of keys) {
    const piece = pieces.get(key)!;
    text += piece.text;
    formats.push(...piece.formats);
  }
  return { text, formats };
}

function same(a: FormattedText, b: FormattedText): boolean {
  return a.text === b.text && a.formats.length === b.formats.length && a.formats.every((f, i) => f === b.formats[i]);
}

export function mergeFormattedText(base: FormattedText, ours: FormattedText, theirs: FormattedText, options: { trimEnds?: boolean } = {}): TextMerge {
  // The trivial cases first: they are exact by construction, and by far the commonest.
  if (same(ours, theirs) || same(theirs, base)) return { ours, theirs: ours, conflicts: [] };
  if (same(ours, base)) return { ours: theirs, theirs, conflicts: [] };
  const pieces = new Map<string, Piece>();
  // What the three share at both ends is cut into tokens once, and only the middle is merged: two
  // experts' versions of a paragraph differ in a few words. The merge is the same (merge3 skips a
  // common prefix and suffix itself), without tokenising and keying the rest three times.
  const [head, tail] = options.trimEnds === false ? [0, 0] : commonEnds(base, ours, theirs);
  const middle = (t: FormattedText) => slice(t, head, t.text.length - tail);
  const o = keyed(middle(base), pieces);
  const a = keyed(middle(ours), pieces);
  const b = keyed(middle(theirs), pieces);
  const oursKeys: string[] = [];
  const theirsKeys: string[] = [];
  const conflicts: TextHunk[] = [];
  const text = (keys: readonly string[]) => assemble(keys, pieces).text;
  for (const region of merge3(a, o, b)) {
    if ('ok' in region) {
      oursKeys.push(...region.ok);
      theirsKeys.push(...region.ok);
    } else {
      const c = region.conflict;
      oursKeys.push(...c.a);
      theirsKeys.push(...c.b);
      // Trimmed: hunks are for display; the merged texts above are what resolutions use.
      conflicts.push({ base: text(c.o).trim(), ours: text(c.a).trim(), theirs: text(c.b).trim() });
    }
  }
  // The shared ends around the merged middle, as they are (not cut into tokens at all).
  const whole = (keys: readonly string[]): FormattedText => {
    if (head === 0 && tail === 0) return assemble(keys, pieces);
    const m = assemble(keys, pieces);
    const end = base.text.length - tail;
    return { text: base.text.slice(0, head) + m.text + base.text.slice(end), formats: [...base.formats.slice(0, head), ...m.formats, ...base.formats.slice(end)] };
  };
  return { ours: whole(oursKeys), theirs: whole(theirsKeys), conflicts };
}

function slice(t: FormattedText, start: number, end: number): FormattedText {
  return { text: t.text.slice(start, end), formats: t.formats.slice(start, end) };
}

/**
 * The lengths of the start and the end the three texts share, characters and formats alike, each
 * at a boundary of their tokens (a space begins there, which units carry before the next token
 * too), and never overlapping in any of them.
 */
function commonEnds(x: FormattedText, y: FormattedText, z: FormattedText): [number, number] {
  const shortest = Math.min(x.text.length, y.text.length, z.text.length);
  const sameAt = (i: number, j: number, k: number) =>
    x.text.charCodeAt(i) === y.text.charCodeAt(j) && x.text.charCodeAt(i) === z.text.charCodeAt(k) && x.formats[i] === y.formats[j] && x.formats[i] === z.formats[k];
  let shared = 0;
  while (shared < shortest && sameAt(shared, shared, shared)) shared++;
  // The space the start ends before is shared too.
  let head = Math.max(0, shared - 1);
  while (head > 0 && !isTokenBoundary(x.text, head)) head--;
  let endShared = 0;
  while (endShared < shortest - head && sameAt(x.text.length - 1 - endShared, y.text.length - 1 - endShared, z.text.length - 1 - endShared)) endShared++;
  // The end starts at a boundary, the letter before it shared too.
  let tail = endShared - 1;
  while (tail > 0 && !isTokenBoundary(x.text, x.text.length - tail)) tail--;
  return [head, Math.max(0, tail)];
}

export function plainFormatted(text: string): FormattedText {
  return { text, formats: new Array<number>(text.length).fill(0) };
}

/** Three-way merge of plain texts (a title). */
export function mergePlainText(base: string, ours: string, theirs: string): { ours: string; theirs: string; conflicts: TextHunk[] } {
  const merged = mergeFormattedText(plainFormatted(base), plainFormatted(ours), plainFormatted(theirs));
  return { ours: merged.ours.text, theirs: merged.theirs.text, conflicts: merged.conflicts };
}
