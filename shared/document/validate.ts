/**
 * Shape check of an untrusted serialized document (from the renderer, a package, a file) before any
 * code walks it recursively. Iterative, bounded: a 10,000-deep or 5 MB document is refused with a
 * reason, never a stack overflow.
 */
import type { Localized } from '../domain/types';
import { BLOCK_ID_KEY, type SerializedDocument, type SerializedNode } from './lexicalJson';
import { PARAGRAPH_KIND_KEY, isParagraphKind } from './paragraphKind';

export const DOCUMENT_LIMITS = {
  maxDepth: 24,
  maxNodes: 50_000,
  maxTextLength: 1_000_000,
} as const;

export type DocumentProblem = 'not_object' | 'no_root' | 'bad_node' | 'unsafe_link' | 'too_deep' | 'too_many_nodes' | 'too_long';

/**
 * Link addresses a document may hold: the editor's safe schemes (https:, http:, mailto:), spelled
 * plainly. Anything else — javascript:, data:, vbscript:, file:, a scheme hidden behind spaces or
 * control characters — is refused here, so that a package or a renderer cannot store it.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a hidden scheme uses
const SAFE_LINK = /^(?:https?:\/\/[^\s\u0000-\u001f\u007f]+|mailto:[^\s\u0000-\u001f\u007f]+)$/i;

export function isSafeLinkUrl(url: unknown): boolean {
  return typeof url === 'string' && url.length <= 2048 && SAFE_LINK.test(url);
}

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
    if ((node.type === 'link' || node.type === 'autolink') && !isSafeLinkUrl(node.url)) return 'unsafe_link';
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

/**
 * Node state holds a few short values (the block id, the paragraph kind); anything bigger is not
 * ours. Palabre's own keys must have Palabre's values: a uid is a string, a kind is one of the kinds.
 */
function isSmallState(state: unknown): boolean {
  if (!isPlainObject(state)) return false;
  const entries = Object.entries(state);
  if (state[BLOCK_ID_KEY] !== undefined && typeof state[BLOCK_ID_KEY] !== 'string') return false;
  if (state[PARAGRAPH_KIND_KEY] !== undefined && !isParagraphKind(state[PARAGRAPH_KIND_KEY])) return false;
  return entries.length <= 8 && entries.every(([, v]) => typeof v !== 'string' || v.length <= 200) && JSON.stringify(state).length <= 2000;
}

const PROBLEM_TEXT: Readonly<Record<DocumentProblem, Localized>> = {
  not_object: { fr: 'ce n’est pas un document', en: 'not a document' },
  no_root: { fr: 'document sans racine', en: 'document without a root' },
  bad_node: { fr: 'élément inconnu ou mal formé', en: 'unknown or malformed element' },
  unsafe_link: {
    fr: 'lien refusé (seules les adresses https:, http: et mailto: sont acceptées)',
    en: 'link refused (only https:, http: and mailto: addresses are accepted)',
  },
  too_deep: {
    fr: `plus de ${DOCUMENT_LIMITS.maxDepth} niveaux d’imbrication`,
    en: `more than ${DOCUMENT_LIMITS.maxDepth} levels of nesting`,
  },
  too_many_nodes: {
    fr: `plus de ${formatCount(DOCUMENT_LIMITS.maxNodes, 'fr')} éléments`,
    en: `more than ${formatCount(DOCUMENT_LIMITS.maxNodes, 'en')} elements`,
  },
  too_long: {
    fr: `plus de ${formatCount(DOCUMENT_LIMITS.maxTextLength, 'fr')} caractères`,
    en: `more than ${formatCount(DOCUMENT_LIMITS.maxTextLength, 'en')} characters`,
  },
};

/** What is wrong with a document, in words a user understands, in both languages. */
export function describeDocumentProblem(problem: DocumentProblem): Localized {
  return PROBLEM_TEXT[problem];
}

/** 1 000 000 in French (narrow no-break spaces), 1,000,000 in English. */
function formatCount(n: number, locale: 'fr' | 'en'): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? '\u202F' : ',');
}

function isPlainObject(value: unknown): value is SerializedNode & Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
