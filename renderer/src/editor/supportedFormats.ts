/**
 * What the editor supports, and the clean-up of anything else: bold, italic and underline on text;
 * paragraphs, lists and links as blocks. No inline styles (fonts, sizes, colours), no strikethrough,
 * code, sub/superscript or highlight, no alignment, no indentation outside lists.
 */
import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $isElementNode,
  $isParagraphNode,
  $isTextNode,
  TextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { TEXT_FORMAT } from '../../../shared/document/lexicalJson';
import { $isHousekeepingPass } from './paragraphKind';

export const SUPPORTED_TEXT_FORMAT = TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.underline;

/** Strips what the editor does not support from a text node; true when something changed. */
export function $cleanTextNode(node: TextNode): boolean {
  let changed = false;
  if (node.getStyle() !== '') {
    node.setStyle('');
    changed = true;
  }
  const format = node.getFormat();
  if ((format & ~SUPPORTED_TEXT_FORMAT) !== 0) {
    node.setFormat(format & SUPPORTED_TEXT_FORMAT);
    changed = true;
  }
  return changed;
}

/** Keeps text written in the editor within the supported formats (e.g. after a paste from another editor). */
export function registerSupportedFormats(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    if (!$isHousekeepingPass()) $cleanTextNode(node);
  });
}

/**
 * Cleans nodes freshly generated from pasted HTML, before they are inserted: headings and quotes
 * become paragraphs; alignment, indentation outside lists, styles and link targets go. (Unsafe links
 * are unwrapped by the link transform once inserted; the HTML clean-up already dropped them.)
 */
export function $cleanImportedNodes(nodes: LexicalNode[]): LexicalNode[] {
  return nodes.map($cleanNode);
}

function $cleanNode(node: LexicalNode): LexicalNode {
  if ($isTextNode(node)) {
    $cleanTextNode(node);
    return node;
  }
  if (!$isElementNode(node)) return node;
  let element: ElementNode = node;
  if ($isHeadingNode(element) || $isQuoteNode(element)) {
    const paragraph = $createParagraphNode();
    paragraph.append(...element.getChildren());
    element = paragraph;
  }
  if ($isLinkNode(element)) {
    element.setTarget(null);
    element.setRel(null);
    element.setTitle(null);
  }
  if (element.getFormatType() !== '') element.setFormat('');
  if (!$isListItemNode(element) && !$isListNode(element) && element.getIndent() !== 0) element.setIndent(0);
  if ($isParagraphNode(element)) {
    element.setTextStyle('');
    element.setTextFormat(0);
  }
  if (element.getStyle() !== '') element.setStyle('');
  for (const child of element.getChildren()) {
    const cleaned = $cleanNode(child);
    if (cleaned !== child) child.replace(cleaned);
  }
  return element;
}
