/**
 * An amendment was written against the head of its day (its base); the head may have moved since.
 * Shown as it is against today's head, it would seem to undo every later edit. So it is first
 * carried onto today's head, top-level block by top-level block (a paragraph, a heading, a whole
 * list):
 * - a block the amendment did not touch is taken as the head has it now (or left out if the head
 *   removed it);
 * - a block the amendment added, changed or removed is taken as the amendment has it;
 * - a block the head added since is kept, after its predecessor;
 * - a block both changed is the amendment's, and reported as a conflict, so the reviewer knows that
 *   accepting its changes also undoes the later edit there.
 * When the head has not moved, the result is the amendment itself.
 */
import { BLOCK_TYPES, blockIdOf, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';

export interface Rebased {
  doc: SerializedDocument;
  /** Stable ids of the blocks changed both by the amendment and, since its base, on the head. */
  conflicts: Set<string>;
}

export function rebaseProposal(base: SerializedDocument, proposal: SerializedDocument, head: SerializedDocument): Rebased {
  if (JSON.stringify(base) === JSON.stringify(head)) return { doc: proposal, conflicts: new Set() };
  const b = units(base);
  const h = units(head);
  const p = units(proposal);
  const sig = (node: SerializedNode | undefined) => (node ? JSON.stringify(node) : '');
  const conflicts = new Set<string>();
  const result: Array<{ key: string; node: SerializedNode }> = [];
  for (const [key, node] of p) {
    const was = b.get(key);
    const now = h.get(key);
    const touched = sig(was) !== sig(node);
    if (touched) {
      result.push({ key, node });
      if (was && sig(now) !== sig(was)) uidsIn(node).forEach((uid) => conflicts.add(uid));
    } else if (now) {
      result.push({ key, node: now });
    }
  }
  // Removed by the amendment but edited on the head since: the removal stands, as a conflict.
  for (const [key, was] of b) {
    const now = h.get(key);
    if (!p.has(key) && now && sig(now) !== sig(was)) uidsIn(now).forEach((uid) => conflicts.add(uid));
  }
  // Added on the head since the base: kept, after the block that precedes it on the head.
  const headKeys = [...h.keys()];
  headKeys.forEach((key, i) => {
    if (b.has(key) || p.has(key)) return;
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const found = result.findIndex((r) => r.key === headKeys[k]);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    result.splice(at, 0, { key, node: h.get(key)! });
  });
  const doc = JSON.parse(JSON.stringify(proposal)) as SerializedDocument;
  doc.root.children = result.map((r) => JSON.parse(JSON.stringify(r.node)) as SerializedNode);
  return { doc, conflicts };
}

/** Top-level children by key: a block's stable id, a list's first item's id, else its position. */
function units(doc: SerializedDocument): Map<string, SerializedNode> {
  const map = new Map<string, SerializedNode>();
  doc.root.children.forEach((node, i) => {
    const uid = uidsIn(node)[0];
    let key = uid ?? `#${i}`;
    if (map.has(key)) key = `${key}#${i}`;
    map.set(key, node);
  });
  return map;
}

function uidsIn(node: SerializedNode): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const uid = BLOCK_TYPES.has(n.type) ? blockIdOf(n) : undefined;
    if (uid) out.push(uid);
    for (let i = (n.children?.length ?? 0) - 1; i >= 0; i--) stack.push(n.children![i]!);
  }
  return out;
}
