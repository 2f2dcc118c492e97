/**
 * Stable block ids. Every paragraph, heading, quote and list item carries a `uid` in Lexical's node
 * state, serialized as `"$": { "uid": "…" }`: Lexical's own node keys change every session, these
 * do not, so that two edited copies of a recommendation can be aligned paragraph by paragraph when
 * a rapporteur merges them.
 *
 * What must stay true:
 * - a block that has no id gets a fresh one;
 * - an unchanged block keeps its id from save to save;
 * - no two blocks share an id. Splitting a paragraph or pasting copies the node state, so the copy
 *   comes with the original's id: the node that already held the id keeps it (Lexical keeps the
 *   original node as the first half of a split), the newcomer gets a fresh one.
 */
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  $getState,
  $isElementNode,
  $setState,
  createState,
  ParagraphNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { BLOCK_ID_KEY, BLOCK_TYPES } from '../../../shared/document/lexicalJson';

export const uidState = createState(BLOCK_ID_KEY, {
  parse: (value: unknown) => (typeof value === 'string' ? value : ''),
});

const BLOCK_KLASSES = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode] as const;

export function isBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && BLOCK_TYPES.has(node.getType());
}

export function $blockId(node: LexicalNode): string {
  return $getState(node, uidState);
}

/**
 * Registers the transforms that give blocks their ids. `owners` remembers which node holds each
 * id; it is seeded from the loaded document so that the original of a split keeps its id whatever
 * order the transforms run in.
 */
export function registerBlockIds(editor: LexicalEditor, newId: () => string = () => crypto.randomUUID()): () => void {
  const owners = new Map<string, NodeKey>();
  editor.getEditorState().read(() => {
    for (const node of $blocksInOrder()) {
      const uid = $blockId(node);
      if (uid && !owners.has(uid)) owners.set(uid, node.getKey());
    }
  });

  const ensureId = (node: ElementNode) => {
    const key = node.getKey();
    const uid = $blockId(node);
    if (uid) {
      const owner = owners.get(uid);
      if (owner === undefined || owner === key || !$stillHolds(owner, uid)) {
        owners.set(uid, key);
        return;
      }
    }
    const fresh = newId();
    owners.set(fresh, key);
    $setState(node, uidState, fresh);
  };

  return mergeRegister(...BLOCK_KLASSES.map((klass) => editor.registerNodeTransform(klass, ensureId)));
}

/** True when the node `key` is still in the document and still carries `uid`. */
function $stillHolds(key: NodeKey, uid: string): boolean {
  const node = $getNodeByKey(key);
  return node !== null && node.isAttached() && $blockId(node) === uid;
}

/**
 * Safety net run before a save and after loading: in document order, a block with no id or with
 * an id already seen gets a fresh one. Returns the number of blocks changed (0 in normal use).
 */
export function $repairBlockIds(newId: () => string = () => crypto.randomUUID()): number {
  const seen = new Set<string>();
  let repaired = 0;
  for (const node of $blocksInOrder()) {
    let uid = $blockId(node);
    if (!uid || seen.has(uid)) {
      uid = newId();
      $setState(node, uidState, uid);
      repaired++;
    }
    seen.add(uid);
  }
  return repaired;
}

/** True when some block lacks an id or shares one: read-only check before deciding to repair. */
export function $needsRepair(): boolean {
  const seen = new Set<string>();
  for (const node of $blocksInOrder()) {
    const uid = $blockId(node);
    if (!uid || seen.has(uid)) return true;
    seen.add(uid);
  }
  return false;
}

function $blocksInOrder(): ElementNode[] {
  const blocks: ElementNode[] = [];
  const stack: LexicalNode[] = [...$getRoot().getChildren()].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isBlock(node)) blocks.push(node);
    if ($isElementNode(node)) stack.push(...[...node.getChildren()].reverse());
  }
  return blocks;
}
