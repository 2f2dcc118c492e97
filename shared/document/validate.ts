/**
 * Shape check of an untrusted serialized document (from the renderer, a package, a file) before any
 * code walks it recursively. Iterative, bounded: a 10,000-deep or 5 MB document is refused with a
 * reason, never a stack overflow.
 */
import type { SerializedDocument, SerializedNode } from './lexicalJson';

export const DOCUMENT_LIMITS = {
  maxDepth: 24,
  maxNodes: 50_000,
  maxTextLength: 1_000_000,
} as const;

export type DocumentProblem = 'not_object' | 'no_root' | 'bad_node' | 'too_deep' | 'too_many_nodes' | 'too_long';

const ALLOWED_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'text',
  'linebreak',
  'tab',
  'link',
  'autolink',
]);

export function checkDocument(value: unknown): DocumentProblem | null {
  if (!isPlainObject(value)) return 'not_object';
  const root = value.root;
  if (!isPlainObject(root) || root.type !== 'root' || !Array.isArray(root.children)) return 'no_root';
  let nodes = 0;
  let textLength = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > DOCUMENT_LIMITS.maxDepth) return 'too_deep';
    if (++nodes > DOCUMENT_LIMITS.maxNodes) return 'too_many_nodes';
    if (!isPlainObject(node) || typeof node.type !== 'string' || !ALLOWED_TYPES.has(node.type)) return 'bad_node';
    // The root is the top and only the top: Lexical cannot load a root nested inside a block.
    if ((node.type === 'root') !== (depth === 0)) return 'bad_node';
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') return 'bad_node';
      textLength += node.text.length;
      if (textLength > DOCUMENT_LIMITS.maxTextLength) return 'too_long';
    }
    if (node.$ !== undefined && !isSmallState(node.$)) return 'bad_node';
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return 'bad_node';
      for (const child of node.children) stack.push([child, depth + 1]);
    }
  }
  return null;
}

export function isSerializedDocument(value: unknown): value is SerializedDocument {
  return checkDocument(value) === null;
}

/** Node state holds a few short values (the block id); anything bigger is not ours. */
function isSmallState(state: unknown): boolean {
  if (!isPlainObject(state)) return false;
  const entries = Object.entries(state);
  return entries.length <= 8 && entries.every(([, v]) => typeof v !== 'string' || v.length <= 200) && JSON.stringify(state).length <= 2000;
}

function isPlainObject(value: unknown): value is SerializedNode & Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
