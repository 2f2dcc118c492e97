/**
 * Three-way merge of two serialized documents against their common ancestor.
 *
 * The unit is a top-level block (a paragraph, a heading, a quote, a whole list), keyed by its stable
 * id (a list by its first item's id). Then:
 * 1. the order: the three key sequences are merged by node-diff3; where both sides reordered or
 *    inserted at the same place, our order comes first and their new blocks follow (two paragraphs
 *    added at the same place are both kept: that is not a conflict);
 * 2. each block: changed on one side only → that side; changed on both sides → merged word by word
 *    (text blocks), or a conflict (a list edited on both sides); removed on one side and edited on
 *    the other → a conflict; removed on one side and untouched on the other → removed.
 * At a conflict the result keeps OUR side; the conflict carries both sides so that it can be
 * resolved later (keep mine, take theirs, keep both, edit).
 * Inputs and result are values: the result shares the blocks it took unchanged with the inputs, so
 * neither may be edited in place afterwards (copy first).
 */
import { diff3Merge } from 'node-diff3';
import { firstBlockId, paragraphNode, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';
import { formattedText, inlineNodes, type FormattedText } from '../diff/formattedText';
import { mergeFormattedText, type TextHunk } from './text';

/** Blocks whose inline content is merged word by word. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote']);

export interface BlockConflict {
  /** The key of the block (its stable id). */
  blockKey: string;
  base: SerializedNode | null;
  /** Our block as the merged document holds it (null: we removed it). */
  ours: SerializedNode | null;
  /** Their block, merged with ours wherever that was clean (null: they removed it). */
  theirs: SerializedNode | null;
  /** Where their block would go: after this key of the merged document (null: first). */
  afterKey: string | null;
  /** The overlapping changes inside the block (empty for a removal against an edit). */
  hunks: TextHunk[];
}

export interface DocumentMerge {
  doc: SerializedDocument;
  conflicts: BlockConflict[];
}

type Units = Map<string, SerializedNode>;

/** A side's blocks by key, in order, each with its serialisation (computed once: blocks are compared several times). */
interface Side {
  readonly keys: readonly string[];
  readonly map: ReadonlyMap<string, SerializedNode>;
  readonly sigs: ReadonlyMap<string, string>;
  /** The array the side was cut from. */
  readonly children: readonly SerializedNode[];
}

export function unitKey(node: SerializedNode, index: number): string {
  return firstBlockId(node) ?? `#${index}`;
}

/**
 * The sides already cut, by document. A merge never changes its inputs, and an import merges the
 * same base (and each merge's result, the next one's ours) again and again: one cut each. Weak: a
 * document no longer referenced takes its cut with it.
 */
const cut = new WeakMap<SerializedDocument, Side>();

/** The document's cut if it was made already (and the document not given other blocks since). */
function cutOf(doc: SerializedDocument): Side | undefined {
  const known = cut.get(doc);
  // The children array is part of the key: a caller that replaced it has another document.
  return known && known.children === doc.root.children && known.keys.length === doc.root.children.length ? known : undefined;
}

/** `like`: a document already cut whose equal blocks lend their serialisation (see cutUnits). */
function units(doc: SerializedDocument, like?: SerializedDocument): Side {
  const known = cutOf(doc);
  if (known) return known;
  const side = cutUnits(doc, like && cutOf(like));
  cut.set(doc, side);
  return side;
}

/**
 * Each block keyed and serialised. A block equal to the same block of `like` (its parent, say: an
 * expert's version differs from the one it was made from in a paragraph or two) takes that one's
 * serialisation: comparing the two trees is a fraction of serialising one.
 */
function cutUnits(doc: SerializedDocument, like?: Side): Side {
  const map: Units = new Map();
  const sigs = new Map<string, string>();
  const keys: string[] = [];
  doc.root.children.forEach((node, i) => {
    let key = unitKey(node, i);
    if (map.has(key)) key = `${key}#${i}`;
    map.set(key, node);
    const twin = like?.map.get(key);
    sigs.set(key, twin !== undefined && serialisesAlike(node, twin) ? like!.sigs.get(key)! : JSON.stringify(node));
    keys.push(key);
  });
  return { keys, map, sigs, children: doc.root.children };
}

/**
 * Whether JSON.stringify writes `a` and `b` the same: the same values under the same keys in the
 * same order. Conservative: it may say no where the texts would agree (an undefined property), never
 * yes where they would not. Recursive: blocks are shallow (a package's nesting is bounded).
 */
export function serialisesAlike(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!serialisesAlike(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !serialisesAlike((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

const value = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function mergeDocuments(base: SerializedDocument, ours: SerializedDocument, theirs: SerializedDocument): DocumentMerge {
  const b = units(base);
  const a = units(ours);
  const t = units(theirs);
  const order = mergeOrder(a.keys, b.keys, t.keys);
  // Whatever the order's regions did: a block both sides still have is never lost, a block one side
  // removed and the other edited is looked at (below) rather than silently dropped.
  restore(order, a.keys, (key) => t.map.has(key) || !b.map.has(key) || a.sigs.get(key) !== b.sigs.get(key));
  restore(order, t.keys, (key) => a.map.has(key) || !b.map.has(key) || t.sigs.get(key) !== b.sigs.get(key));

  const conflicts: BlockConflict[] = [];
  // `fresh`: built by the merge (the others are the inputs' own blocks).
  // `json`: the block's serialisation, already made, from which its copy is parsed.
  const result: Array<{ key: string; node: SerializedNode; fresh?: boolean; json?: string | undefined }> = [];
  const placeTheirsAfter = new Map<string, string | null>();
  for (const key of order) {
    const was = b.map.get(key);
    const mine = a.map.get(key);
    const yours = t.map.get(key);
    if (mine && yours) {
      const same = { mineWas: was !== undefined && a.sigs.get(key) === b.sigs.get(key), yoursWas: was !== undefined && t.sigs.get(key) === b.sigs.get(key), mineYours: a.sigs.get(key) === t.sigs.get(key) };
      const merged = mergeBlock(key, was ?? emptyLike(mine), mine, yours, same);
      const json = merged.node === mine ? a.sigs.get(key) : merged.node === yours ? t.sigs.get(key) : undefined;
      result.push({ key, node: merged.node, fresh: merged.fresh, json });
      if (merged.conflict) conflicts.push(merged.conflict);
    } else if (mine) {
      // Ours only: new on our side, or removed on theirs.
      if (!was) result.push({ key, node: mine, json: a.sigs.get(key) });
      else if (a.sigs.get(key) !== b.sigs.get(key)) {
        result.push({ key, node: mine, json: a.sigs.get(key) });
        conflicts.push({ blockKey: key, base: was, ours: mine, theirs: null, afterKey: null, hunks: [] });
      }
    } else if (yours) {
      if (!was) result.push({ key, node: yours, json: t.sigs.get(key) });
      else if (t.sigs.get(key) !== b.sigs.get(key)) {
        // We removed it, they edited it: stays removed until resolved; remember where it would go.
        const i = t.keys.indexOf(key);
        placeTheirsAfter.set(key, i > 0 ? t.keys[i - 1]! : null);
        conflicts.push({ blockKey: key, base: was, ours: null, theirs: yours, afterKey: null, hunks: [] });
      }
    }
  }
  for (const conflict of conflicts) {
    if (conflict.ours === null) conflict.afterKey = nearestKept(placeTheirsAfter.get(conflict.blockKey) ?? null, t.keys, result);
  }
  // The document's own properties from ours; a block neither side changed, or that one side alone
  // changed, is that side's own object, not a copy: documents are values here, never edited in place
  // (the import stores each result and merges the next contribution into it), and copying every
  // block of every merge was a third of the merge's time.
  const children = result.map((r) => r.node);
  if (children.length === 0) children.push(paragraphNode([], undefined));
  const doc = inOrderOf(ours, 'root', inOrderOf(ours.root, 'children', children)) as unknown as SerializedDocument;
  if (result.length > 0) rememberCut(doc, result);
  return { doc, conflicts };
}

/**
 * A copy of `object` with `value` under `key`, its keys in the object's own order: the merged
 * document serialises like ours around its blocks, so that storing it against ours costs only what
 * changed (versionBodies.ts), not a rewrite of the whole text.
 */
function inOrderOf<T extends object>(object: T, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object)) {
    // What JSON would drop (an undefined property) is dropped here too.
    if (k === key) out[k] = value;
    else if (v !== undefined) out[k] = clone(v);
  }
  if (!(key in out)) out[key] = value;
  return out;
}

/**
 * `JSON.stringify(doc)`, written from the serialisation of each block that the merge makes anyway
 * (a document is cut into its blocks once: a package's version, then each merge's result): an
 * import stores every version it merges or takes in, and serialising each whole a second time was a
 * good part of its time. The document must not have been changed in place since it was cut.
 * `like`: a document already cut (the version it was made from) whose equal blocks lend theirs.
 */
export function documentJson(doc: SerializedDocument, like?: SerializedDocument): string {
  // The version it was made from is cut first if it was not: an import merges against it next (it
  // is the base of every contribution), and each version made from it then serialises only what changed.
  if (like) units(like);
  const side = units(doc, like);
  // One array of pieces joined once: the result is one flat string (nested template strings would
  // copy the text at each level, and leave a rope that the next reader flattens, copying it again).
  const parts: string[] = [];
  objectJsonInto(parts, doc, 'root', () =>
    objectJsonInto(parts, doc.root, 'children', () => {
      parts.push('[');
      side.keys.forEach((key, i) => parts.push(i === 0 ? side.sigs.get(key)! : `,${side.sigs.get(key)!}`));
      parts.push(']');
    }),
  );
  return parts.join('');
}

/** An object's JSON into `parts`, what `writeRaw` writes under `key`, its other properties as JSON.stringify writes them. */
function objectJsonInto(parts: string[], object: object, key: string, writeRaw: () => void): void {
  parts.push('{');
  let first = true;
  for (const [k, v] of Object.entries(object)) {
    const json = k === key ? null : (JSON.stringify(v) as string | undefined);
    // What JSON.stringify leaves out (undefined, a function) is left out here too.
    if (json === undefined) continue;
    parts.push(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    if (json === null) writeRaw();
    else parts.push(json);
  }
  parts.push('}');
}

/**
 * The merged document's cut, from what the merge already made: in an import it is the next merge's
 * ours, and cutting it again would serialise every block a second time. Only when a fresh cut would
 * give the same keys (every block keyed by its own stable id, once).
 */
function rememberCut(doc: SerializedDocument, result: ReadonlyArray<{ key: string; json?: string | undefined }>): void {
  const children = doc.root.children;
  const map: Units = new Map();
  const sigs = new Map<string, string>();
  const keys: string[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const { key, json } = result[i]!;
    if (key.includes('#') || map.has(key) || firstBlockId(node) !== key) return;
    map.set(key, node);
    // A block copied from its serialisation serialises the same again.
    sigs.set(key, json ?? JSON.stringify(node));
    keys.push(key);
  }
  cut.set(doc, { keys, map, sigs, children });
}

/** The key itself if the merged document has it, else the nearest earlier key of theirs that it has. */
function nearestKept(key: string | null, theirKeys: readonly string[], result: ReadonlyArray<{ key: string }>): string | null {
  const kept = new Set(result.map((r) => r.key));
  let i = key === null ? -1 : theirKeys.indexOf(key);
  while (i >= 0 && !kept.has(theirKeys[i]!)) i--;
  return i >= 0 ? theirKeys[i]! : null;
}

/**
 * The merged order of the blocks. Conflicting regions (both sides reordered or inserted at the same
 * place) take our order, then their blocks that ours does not have. A key appears once.
 */
export function mergeOrder(ours: readonly string[], base: readonly string[], theirs: readonly string[]): string[] {
  // One side kept the base's order (nearly every merge of an import): the other side's order, exact
  // by construction, without aligning the three sequences. Keys are unique within a side.
  if (sameKeys(ours, base)) return [...theirs];
  if (sameKeys(theirs, base) || sameKeys(ours, theirs)) return [...ours];
  const out: string[] = [];
  for (const region of diff3Merge([...ours], [...base], [...theirs], { excludeFalseConflicts: true })) {
    if (region.ok) out.push(...region.ok);
    else if (region.conflict) {
      out.push(...region.conflict.a);
      const mine = new Set(region.conflict.a);
      out.push(...region.conflict.b.filter((k) => !mine.has(k)));
    }
  }
  const seen = new Set<string>();
  return out.filter((k) => (seen.has(k) ? false : (seen.add(k), true)));
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** Puts each key of `side` missing from `order` after its predecessor on that side (or first). */
function restore(order: string[], side: readonly string[], missing: (key: string) => boolean): void {
  side.forEach((key, i) => {
    if (order.includes(key) || !missing(key)) return;
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const found = order.indexOf(side[k]!);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    order.splice(at, 0, key);
  });
}

function emptyLike(node: SerializedNode): SerializedNode {
  return { ...clone(node), children: [] };
}

function mergeBlock(
  key: string,
  was: SerializedNode,
  mine: SerializedNode,
  yours: SerializedNode,
  same: { mineWas: boolean; yoursWas: boolean; mineYours: boolean },
): { node: SerializedNode; conflict?: BlockConflict; fresh?: boolean } {
  if (same.mineYours || same.yoursWas) return { node: mine };
  if (same.mineWas) return { node: yours };
  if (!TEXT_BLOCKS.has(mine.type) || !TEXT_BLOCKS.has(yours.type) || !TEXT_BLOCKS.has(was.type) || hasNonTextInline(was, mine, yours)) {
    return { node: mine, conflict: { blockKey: key, base: was, ours: mine, theirs: yours, afterKey: null, hunks: [] } };
  }
  const text = mergeFormattedText(formattedText(was), formattedText(mine), formattedText(yours));
  const attributes = mergeAttributes(was, mine, yours);
  // Built in our block's key order (and each text like our first one of its kind), so that the
  // merged block serialises like ours except for the words that changed.
  const build = (content: FormattedText) =>
    keyedLike(mine, { ...attributes, children: inlineNodes(content).map((n) => keyedLike(mine.children?.find((c) => c.type === n.type), n)) });
  const node = build(text.ours);
  if (text.conflicts.length === 0) return { node, fresh: true };
  // The conflict keeps its own copy of our block: the document's may be edited while the conflict waits.
  return { node, fresh: true, conflict: { blockKey: key, base: was, ours: clone(node), theirs: build(text.theirs), afterKey: null, hunks: text.conflicts } };
}

/** `node` with the keys `template` has first, in its order, then its own others. */
function keyedLike(template: SerializedNode | undefined, node: SerializedNode): SerializedNode {
  if (!template) return node;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(template)) if (k in node) out[k] = node[k];
  for (const k of Object.keys(node)) if (!(k in out)) out[k] = node[k];
  return out as SerializedNode;
}

/** A block's own properties (type, kind, alignment, heading level…): one side's change wins over no change; ours on a clash. */
function mergeAttributes(was: SerializedNode, mine: SerializedNode, yours: SerializedNode): SerializedNode {
  const { children: _children, ...own } = mine;
  const out: SerializedNode = clone(own);
  const keys = new Set([...Object.keys(was), ...Object.keys(mine), ...Object.keys(yours)]);
  keys.delete('children');
  for (const k of keys) {
    if (value(mine[k]) === value(was[k]) && value(yours[k]) !== value(was[k])) {
      if (yours[k] === undefined) delete out[k];
      else out[k] = clone(yours[k]);
    }
  }
  return out;
}

/** Links and other inline elements would not survive a word-level rebuild: such blocks are merged whole. */
function hasNonTextInline(...nodes: SerializedNode[]): boolean {
  return nodes.some((n) => (n.children ?? []).some((c) => c.type !== 'text' && c.type !== 'linebreak' && c.type !== 'tab'));
}

/** The plain text of a block, for conflict views. */
export function blockPlainText(node: SerializedNode | null): string {
  return node ? formattedText(node).text : '';
}
