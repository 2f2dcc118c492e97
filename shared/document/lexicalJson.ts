/**
 * The serialized Lexical document, as stored in every version and exchanged between machines.
 *
 * Pure logic (diff, merge, typography, export) works on this JSON, never on live editor nodes.
 * Block nodes (paragraphs, headings, quotes, list items) carry a stable id in Lexical's node state
 * (`$: { uid }`): Lexical's own node keys change every session, these do not, so that two edited
 * copies of a recommendation can later be aligned paragraph by paragraph.
 */

export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  text?: string;
  format?: number | string;
  /** Lexical node state; `uid` is Palabre's stable block id. */
  $?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface SerializedRoot extends SerializedNode {
  type: 'root';
  children: SerializedNode[];
}

export interface SerializedDocument {
  root: SerializedRoot;
}

/** Key, inside Lexical's node state, of the stable block id. */
export const BLOCK_ID_KEY = 'uid';

/** Node types that are blocks of text and carry a stable id. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/** Lexical text format bits (see lexical's TextNode). */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;

export function emptyDocument(): SerializedDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [paragraphNode([], undefined)],
    },
  };
}

export function textNode(text: string, format = 0): SerializedNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export function paragraphNode(children: SerializedNode[], uid: string | undefined): SerializedNode {
  const node: SerializedNode = {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children,
  };
  if (uid) node.$ = { [BLOCK_ID_KEY]: uid };
  return node;
}

export function blockIdOf(node: SerializedNode): string | undefined {
  const value = node.$?.[BLOCK_ID_KEY];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Calls `visit` on every node, depth first, without recursion (documents can be deep). */
/**
 * The stable id that names a top-level block: its own, or (a list, a table) the first one inside it.
 * Merging and shared blocks both align top-level blocks by this key.
 */
export function firstBlockId(node: SerializedNode): string | undefined {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const uid = BLOCK_TYPES.has(n.type) ? blockIdOf(n) : undefined;
    if (uid) return uid;
    for (let i = (n.children?.length ?? 0) - 1; i >= 0; i--) stack.push(n.children![i]!);
  }
  return undefined;
}

export function walkNodes(doc: SerializedDocument, visit: (node: SerializedNode, depth: number) => void): void {
  const stack: Array<[SerializedNode, number]> = [[doc.root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    visit(node, depth);
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
}

/**
 * Returns a copy of `doc` in which every block has a unique stable id: ids already present are kept
 * (first occurrence wins), missing or duplicated ones (e.g. a pasted paragraph) get a new one.
 */
export function withBlockIds(doc: SerializedDocument, newId: () => string): SerializedDocument {
  const copy = structuredCloneJson(doc);
  assignBlockIds(copy, newId);
  return copy;
}

/** The same, on a document the caller owns (its own copy already): changed in place, not copied again. */
export function assignBlockIds(doc: SerializedDocument, newId: () => string): void {
  const seen = new Set<string>();
  walkNodes(doc, (node) => {
    if (!BLOCK_TYPES.has(node.type)) return;
    let uid = blockIdOf(node);
    if (!uid || seen.has(uid)) {
      uid = newId();
      node.$ = { ...(node.$ ?? {}), [BLOCK_ID_KEY]: uid };
    }
    seen.add(uid);
  });
}

export interface TextBlock {
  uid: string | undefined;
  type: string;
  text: string;
}

/** The text blocks of a document in reading order (list items flattened, nested lists included). */
export function textBlocks(doc: SerializedDocument): TextBlock[] {
  const blocks: TextBlock[] = [];
  walkNodes(doc, (node) => {
    if (!BLOCK_TYPES.has(node.type)) return;
    blocks.push({ uid: blockIdOf(node), type: node.type, text: inlineText(node) });
  });
  return blocks;
}

/** Text of a block's inline content; nested blocks (a list inside a list item) are left to their own entry. */
export function blockText(block: SerializedNode): string {
  return inlineText(block);
}

function inlineText(block: SerializedNode): string {
  let out = '';
  for (const child of block.children ?? []) {
    if (child.type === 'text' && typeof child.text === 'string') out += child.text;
    else if (child.type === 'linebreak') out += '\n';
    else if (child.type === 'tab') out += '\t';
    else if (!BLOCK_TYPES.has(child.type) && child.type !== 'list' && child.children) out += inlineText(child);
  }
  return out;
}

/** Plain text of a document: one line per block, blocks separated by a blank line. */
export function documentToPlainText(doc: SerializedDocument): string {
  return textBlocks(doc)
    .map((b) => b.text)
    .filter((t) => t.trim().length > 0)
    .join('\n\n');
}

/** Splits plain text into paragraphs: blank lines separate them; each is trimmed; empty ones are dropped. */
export function splitPlainTextParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A paragraph holding plain text; single newlines become line breaks. */
export function paragraphFromPlainText(text: string, uid: string | undefined): SerializedNode {
  const children: SerializedNode[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) children.push({ type: 'linebreak', version: 1 });
    if (line.length > 0) children.push(textNode(line));
  });
  return paragraphNode(children, uid);
}

/** A document made of plain text: blank lines separate paragraphs, single newlines are kept as breaks. */
export function documentFromPlainText(text: string, newId: () => string): SerializedDocument {
  const paragraphs = splitPlainTextParagraphs(text);
  const doc = emptyDocument();
  if (paragraphs.length === 0) {
    doc.root.children = [paragraphNode([], newId())];
    return doc;
  }
  doc.root.children = paragraphs.map((p) => paragraphFromPlainText(p, newId()));
  return doc;
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu);
  return words ? words.length : 0;
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
