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
import { tokenize } from '../diff/tokens';
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

export function mergeFormattedText(base: FormattedText, ours: FormattedText, theirs: FormattedText): TextMerge {
  // The trivial cases first: they are exact by construction, and by far the commonest.
  if (same(ours, theirs) || same(theirs, base)) return { ours, theirs: ours, conflicts: [] };
  if (same(ours, base)) return { ours: theirs, theirs, conflicts: [] };
  const pieces = new Map<string, Piece>();
  const o = keyed(base, pieces);
  const a = keyed(ours, pieces);
  const b = keyed(theirs, pieces);
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
  return { ours: assemble(oursKeys, pieces), theirs: assemble(theirsKeys, pieces), conflicts };
}

export function plainFormatted(text: string): FormattedText {
  return { text, formats: new Array<number>(text.length).fill(0) };
}

/** Three-way merge of plain texts (a title). */
export function mergePlainText(base: string, ours: string, theirs: string): { ours: string; theirs: string; conflicts: TextHunk[] } {
  const merged = mergeFormattedText(plainFormatted(base), plainFormatted(ours), plainFormatted(theirs));
  return { ours: merged.ours.text, theirs: merged.theirs.text, conflicts: merged.conflicts };
}
