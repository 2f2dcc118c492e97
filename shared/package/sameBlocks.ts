/**
 * Blocks a version shares with its first parent, written once (format 5, README.md "Shared blocks").
 *
 * An expert's edit changes a paragraph or two of a recommendation; a contribution that spelled out
 * every paragraph of every version it carries was mostly text the receiver already has. So a
 * top-level block equal to the parent's block of the same key is written `{ "same": "<key>" }`,
 * and the reader puts the parent's block back before anything else sees the version. The key is a
 * block's stable id (a list's: its first item's), as the merge keys blocks (shared/merge).
 *
 * Pure: the parent's body comes from the same package or from the reader's database (its caller).
 */
import { firstBlockId, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';
import { checkDocument, DOCUMENT_LIMITS, type DocumentProblem } from '../document/validate';
import type { PackageRecommendation } from './format';

export const SAME_BLOCK_KEY = 'same';
const MAX_KEY_LENGTH = 200;

export interface SameBlock {
  same: string;
}

/** A top-level child written as the parent's block of that key. */
export function isSameBlock(node: unknown): node is SameBlock {
  return typeof node === 'object' && node !== null && SAME_BLOCK_KEY in node;
}

/** Whether a package's body names blocks of its parent (and so needs the parent to be read). */
export function hasSameBlocks(doc: SerializedDocument): boolean {
  const children = doc.root.children as unknown[];
  for (let i = 0; i < children.length; i++) if (isSameBlock(children[i])) return true;
  return false;
}

/**
 * The check of a package's body: the blocks it spells out as any document's (validate.ts), and each
 * shared block well formed (only its key, a short string) and named once.
 */
export function checkPackageBody(value: unknown): DocumentProblem | null {
  const root = (value as { root?: { children?: unknown } } | null)?.root;
  const children = Array.isArray(root?.children) ? (root.children as unknown[]) : undefined;
  if (!children || !children.some(isSameBlock)) return checkDocument(value);
  const keys = new Set<string>();
  const spelled: unknown[] = [];
  for (const child of children) {
    if (!isSameBlock(child)) {
      spelled.push(child);
      continue;
    }
    const key = (child as { same: unknown }).same;
    if (Object.keys(child).length !== 1 || typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH || keys.has(key)) return 'bad_node';
    keys.add(key);
  }
  return checkDocument({ ...(value as object), root: { ...(root as object), children: spelled } });
}

/** The parent's top-level blocks by key; a key found twice names no block (a reference to it is refused). */
function blocksByKey(doc: SerializedDocument): Map<string, SerializedNode | null> {
  const map = new Map<string, SerializedNode | null>();
  for (const node of doc.root.children) {
    const key = firstBlockId(node);
    if (key !== undefined) map.set(key, map.has(key) ? null : node);
  }
  return map;
}

export type SameBlocksOutcome = { ok: true; doc: SerializedDocument } | { ok: false; problem: 'unknown_block'; key: string } | { ok: false; problem: DocumentProblem };

/**
 * The body with its parent's blocks put back: the parent's own objects (documents are values, never
 * edited in place), then checked whole, since the blocks together may exceed what one document holds.
 */
export function resolveSameBlocks(doc: SerializedDocument, parent: SerializedDocument): SameBlocksOutcome {
  const blocks = blocksByKey(parent);
  const children: SerializedNode[] = [];
  for (const child of doc.root.children as unknown[]) {
    if (!isSameBlock(child)) {
      children.push(child as SerializedNode);
      continue;
    }
    const block = blocks.get(child.same);
    if (!block) return { ok: false, problem: 'unknown_block', key: child.same };
    children.push(block);
  }
  const resolved = { ...doc, root: { ...doc.root, children } };
  // Both parts passed the checks already (the package's blocks when it was read, the parent when it
  // was stored or read): only their sum can exceed what a document holds, and it is checked whole
  // only when the two sizes together could.
  const spelled = sizeOf(doc);
  const whole = parentSize(parent);
  if (spelled.nodes + whole.nodes <= DOCUMENT_LIMITS.maxNodes && spelled.text + whole.text <= DOCUMENT_LIMITS.maxTextLength) return { ok: true, doc: resolved };
  const problem = checkDocument(resolved);
  return problem ? { ok: false, problem } : { ok: true, doc: resolved };
}

/** Nodes and characters of text in a document (references count as nothing). */
function sizeOf(doc: SerializedDocument): { nodes: number; text: number } {
  let nodes = 0;
  let text = 0;
  const stack: unknown[] = [doc.root];
  while (stack.length > 0) {
    const node = stack.pop() as SerializedNode;
    if (isSameBlock(node)) continue;
    nodes++;
    if (typeof node.text === 'string') text += node.text.length;
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child);
  }
  return { nodes, text };
}

/** A parent's size, measured once: the basis head is the parent of every contribution's version. */
const parentSizes = new WeakMap<SerializedDocument, { nodes: number; text: number }>();
function parentSize(parent: SerializedDocument): { nodes: number; text: number } {
  let size = parentSizes.get(parent);
  if (!size) parentSizes.set(parent, (size = sizeOf(parent)));
  return size;
}

/**
 * Whether two JSON values hold the same content, whatever the order of their keys: a package
 * writes keys sorted, the editor in its own order, so the same paragraph comes both ways.
 * A property whose value is undefined is absent, as in JSON. Recursive: blocks are shallow.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameContent(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(y, k) || !sameContent(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) count--;
  return count === 0;
}

/**
 * The body as a package writes it: each top-level block that is, key and content, the parent's
 * block of the same key written as a reference to it.
 */
export function shareSameBlocks(doc: SerializedDocument, parent: SerializedDocument): { doc: SerializedDocument; shared: number } {
  const blocks = blocksByKey(parent);
  const seen = new Set<string>();
  let shared = 0;
  const children = doc.root.children.map((node): SerializedNode => {
    const key = firstBlockId(node);
    if (key === undefined || seen.has(key)) return node;
    seen.add(key);
    const twin = blocks.get(key);
    if (!twin || !sameContent(node, twin)) return node;
    shared++;
    return { [SAME_BLOCK_KEY]: key } as unknown as SerializedNode;
  });
  return shared === 0 ? { doc, shared } : { doc: { ...doc, root: { ...doc.root, children } }, shared };
}

/**
 * Recommendations as a whole package writes them in format 5: each version's blocks equal to its
 * first parent's written as references, when that parent is one of the recommendation's versions
 * in the package (parents come before their children there). What a meeting package too large to
 * travel spelled out is written as (exportPackage.ts); the bodies given are left as they are.
 */
export function shareBlocksWithParents(recommendations: readonly PackageRecommendation[]): { recommendations: PackageRecommendation[]; shared: number } {
  let shared = 0;
  const out = recommendations.map((rec): PackageRecommendation => {
    // Each child is compared with its parent as spelled out, never with the parent's shared form.
    const bodies = new Map<string, SerializedDocument>();
    const versions = rec.versions.map((v) => {
      bodies.set(v.id, v.body);
      const parent = v.parentIds[0] === undefined ? undefined : bodies.get(v.parentIds[0]);
      if (parent === undefined) return v;
      const written = shareSameBlocks(v.body, parent);
      shared += written.shared;
      return written.shared === 0 ? v : { ...v, body: written.doc };
    });
    return { ...rec, versions };
  });
  return { recommendations: out, shared };
}
