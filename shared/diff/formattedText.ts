/**
 * The inline content of a block as text with a format per character: what the word diff compares.
 * Read the same way as lexicalJson's blockText (line breaks as "\n", tabs as "\t", links by their
 * text, nested blocks left to their own entry), so that offsets agree with `textBlocks`.
 */
import { BLOCK_TYPES, blockIdOf, walkNodes, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';
import { paragraphKindOf, type ParagraphKind } from '../document/paragraphKind';

export interface FormattedText {
  text: string;
  /** Lexical format bits of each UTF-16 unit of `text`. */
  formats: number[];
}

export interface DiffBlock extends FormattedText {
  uid: string | undefined;
  type: string;
  kind: ParagraphKind;
  /** The block's node in the document it was read from. */
  node: SerializedNode;
}

export function formattedText(block: SerializedNode): FormattedText {
  let text = '';
  const formats: number[] = [];
  const add = (value: string, format: number) => {
    text += value;
    for (let i = 0; i < value.length; i++) formats.push(format);
  };
  // Iterative, like every walk over untrusted documents; children pushed in reverse come off in order.
  const stack: SerializedNode[] = [...(block.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && typeof node.text === 'string') add(node.text, typeof node.format === 'number' ? node.format : 0);
    else if (node.type === 'linebreak') add('\n', 0);
    else if (node.type === 'tab') add('\t', 0);
    else if (!BLOCK_TYPES.has(node.type) && node.type !== 'list' && node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return { text, formats };
}

/** The blocks of a document in reading order, each with its formatted text. */
export function diffBlocks(doc: SerializedDocument): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  walkNodes(doc, (node) => {
    if (!BLOCK_TYPES.has(node.type)) return;
    blocks.push({ uid: blockIdOf(node), type: node.type, kind: paragraphKindOf(node), node, ...formattedText(node) });
  });
  return blocks;
}

/** Text nodes (and line breaks, tabs) holding `text` with one format per character, merged by format. */
export function inlineNodes(content: FormattedText): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  let pending = '';
  let pendingFormat = 0;
  const flush = () => {
    if (pending) nodes.push({ type: 'text', version: 1, text: pending, format: pendingFormat, detail: 0, mode: 'normal', style: '' });
    pending = '';
  };
  for (let i = 0; i < content.text.length; i++) {
    const ch = content.text[i]!;
    if (ch === '\n' || ch === '\t') {
      flush();
      nodes.push(ch === '\n' ? { type: 'linebreak', version: 1 } : { type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' });
      continue;
    }
    const format = content.formats[i] ?? 0;
    if (format !== pendingFormat) flush();
    pendingFormat = format;
    pending += ch;
  }
  flush();
  return nodes;
}
