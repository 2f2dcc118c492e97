/**
 * Builds the text that results from accepting some hunks of a diff and rejecting the others: the old
 * document, with exactly the accepted changes of the new one.
 *
 * What must stay true:
 * - accepting every hunk gives the new document, rejecting every hunk the old one, node for node;
 * - a partly accepted block is rebuilt from its runs (equal text, plus accepted insertions, plus
 *   rejected deletions, formats as decided), so its text is exactly the accepted changes;
 * - an accepted new or moved block goes after the block that precedes it in the new document, among
 *   those that are in the result; a list item stays in a list.
 */
import { BLOCK_TYPES, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';
import { diffBlocks, inlineNodes, type FormattedText } from './formattedText';
import type { HunkedDiff } from './hunks';
import type { BlockDiff } from './types';

export function applyHunks(before: SerializedDocument, after: SerializedDocument, hunked: HunkedDiff, accepted: ReadonlySet<string>): SerializedDocument {
  const bodyIds = hunked.hunks.map((h) => h.id);
  // No visible change to decide on: the text stays as it is (differences a reader cannot see are not applied).
  if (bodyIds.length === 0) return clone(before);
  if (bodyIds.every((id) => accepted.has(id))) return clone(after);
  if (!bodyIds.some((id) => accepted.has(id))) return clone(before);

  const result = clone(before);
  const parents = parentMap(result.root);
  const oldNodes = diffBlocks(result).map((b) => b.node);
  const newBlocks = diffBlocks(after);
  const newParents = parentMap(after.root);
  const yes = (id: string | undefined) => id !== undefined && accepted.has(id);

  // 1. Blocks edited in place: their style, then their text.
  for (const block of hunked.diff.blocks) {
    if (block.oldIndex === null || block.newIndex === null) continue;
    const node = oldNodes[block.oldIndex]!;
    const target = newBlocks[block.newIndex]!.node;
    if (yes(block.styleHunkId)) restyle(node, target);
    const textIds = new Set(block.runs.flatMap((r) => (r.hunkId && r.hunkId !== block.hunkId ? [r.hunkId] : [])));
    const taken = [...textIds].filter((id) => accepted.has(id));
    if (taken.length === 0) continue;
    if (taken.length === textIds.size) setInline(node, clone(target).children ?? []);
    else setInline(node, inlineNodes(decidedText(block, accepted)));
  }

  // 2. Blocks that leave their place: removed, or moved elsewhere.
  for (const block of hunked.diff.blocks) {
    const leaves = (block.status === 'removed' || block.status === 'moved') && yes(block.hunkId);
    if (!leaves) continue;
    const node = oldNodes[block.oldIndex!]!;
    detach(node, parents);
  }

  // 3. Blocks that arrive, in the new document's order: new ones, and moved ones at their new place.
  const placed: Array<SerializedNode | null> = new Array(newBlocks.length).fill(null);
  for (const block of [...hunked.diff.blocks].filter((b) => b.newIndex !== null).sort((a, b) => a.newIndex! - b.newIndex!)) {
    const j = block.newIndex!;
    if (block.status === 'added') {
      if (!yes(block.hunkId)) continue;
      const node = clone(newBlocks[j]!.node);
      insertAfter(result, node, previousPlaced(placed, j), newParents.get(newBlocks[j]!.node) ?? null, parents);
      placed[j] = node;
      continue;
    }
    const node = oldNodes[block.oldIndex!]!;
    if (block.status === 'moved') {
      if (!yes(block.hunkId)) continue;
      insertAfter(result, node, previousPlaced(placed, j), newParents.get(newBlocks[j]!.node) ?? null, parents);
    }
    placed[j] = node;
  }
  if (result.root.children.length === 0) result.root.children.push({ type: 'paragraph', version: 1, children: [] });
  return result;
}

/** The text of a partly decided block: equal text, accepted insertions, rejected deletions, formats as decided. */
function decidedText(block: BlockDiff, accepted: ReadonlySet<string>): FormattedText {
  let text = '';
  const formats: number[] = [];
  for (const run of block.runs) {
    const yes = run.hunkId !== undefined && accepted.has(run.hunkId);
    let format = run.format;
    if (run.kind === 'insert' && !yes) continue;
    if (run.kind === 'delete' && yes) continue;
    if (run.kind === 'format' && !yes) format = run.oldFormat ?? 0;
    text += run.text;
    for (let k = 0; k < run.text.length; k++) formats.push(format);
  }
  return { text, formats };
}

/** The block's own properties (type, tag, kind, list value…) from `target`; its children stay. */
function restyle(node: SerializedNode, target: SerializedNode): void {
  const children = node.children;
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, clone({ ...target, children: [] }), { children });
}

/** Replaces a block's inline content, keeping the blocks nested in it (a sub-list in a list item). */
function setInline(node: SerializedNode, inline: SerializedNode[]): void {
  const nested = (node.children ?? []).filter((c) => BLOCK_TYPES.has(c.type) || c.type === 'list');
  node.children = [...inline.filter((c) => !BLOCK_TYPES.has(c.type) && c.type !== 'list'), ...nested];
}

function previousPlaced(placed: ReadonlyArray<SerializedNode | null>, j: number): SerializedNode | null {
  for (let k = j - 1; k >= 0; k--) if (placed[k]) return placed[k]!;
  return null;
}

/**
 * Puts `node` after `anchor` (at the very start when there is none). A list item needs a list: it
 * joins the anchor's list, or comes in a list shaped like the one it had in the new document.
 */
function insertAfter(
  doc: SerializedDocument,
  node: SerializedNode,
  anchor: SerializedNode | null,
  newParent: SerializedNode | null,
  parents: Map<SerializedNode, SerializedNode>,
): void {
  const anchorParent = anchor ? parents.get(anchor)! : doc.root;
  const wantsList = node.type === 'listitem';
  if (wantsList === (anchorParent.type === 'list')) {
    place(anchorParent, node, anchor, parents);
    return;
  }
  if (wantsList) {
    const list: SerializedNode = { ...clone({ ...(newParent ?? { type: 'list', listType: 'bullet', tag: 'ul', start: 1, version: 1 }), children: [] }), children: [] };
    place(anchorParent, list, anchor, parents);
    place(list, node, null, parents);
    return;
  }
  // A paragraph after a list item: after the whole list.
  const list = anchorParent;
  place(parents.get(list) ?? doc.root, node, list, parents);
}

function place(parent: SerializedNode, node: SerializedNode, anchor: SerializedNode | null, parents: Map<SerializedNode, SerializedNode>): void {
  const children = (parent.children ??= []);
  const at = anchor ? children.indexOf(anchor) + 1 : 0;
  children.splice(at, 0, node);
  parents.set(node, parent);
}

/** Takes a node out of its parent; a list left empty goes too. */
function detach(node: SerializedNode, parents: Map<SerializedNode, SerializedNode>): void {
  const parent = parents.get(node);
  if (!parent?.children) return;
  parent.children.splice(parent.children.indexOf(node), 1);
  parents.delete(node);
  if (parent.type === 'list' && parent.children.length === 0) detach(parent, parents);
}

function parentMap(root: SerializedNode): Map<SerializedNode, SerializedNode> {
  const map = new Map<SerializedNode, SerializedNode>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children ?? []) {
      map.set(child, node);
      stack.push(child);
    }
  }
  return map;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
