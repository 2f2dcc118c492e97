/**
 * Comments and the live editor: the span the user selected, as an anchor the back end understands
 * (block id, offsets in the block's text as shared/document/lexicalJson's blockText reads it, and
 * the quote), and the commented spans painted in the text with the CSS Custom Highlight API, which
 * marks ranges without touching the document (nothing of it is saved, nothing breaks the undo).
 */
import { $isListNode } from '@lexical/list';
import { $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isLineBreakNode, $isRangeSelection, $isTextNode, type ElementNode, type LexicalEditor, type LexicalNode, type PointType } from 'lexical';
import { $blockId, isBlock } from './blockIds';

export interface SelectionAnchor {
  blockId: string;
  start: number;
  end: number;
  quote: string;
}

export type SelectionProblem = 'none' | 'several-blocks' | 'too-long';

const MAX_QUOTE = 2000;

function $blockOf(node: LexicalNode): ElementNode | null {
  let current: LexicalNode | null = node;
  while (current) {
    if (isBlock(current)) return current;
    current = current.getParent();
  }
  return null;
}

interface Layout {
  text: string;
  starts: Map<string, number>;
  ends: Map<string, number>;
}

/** Offsets of every inline node of a block; nested blocks and lists are left to their own entry. */
function $layout(block: ElementNode): Layout {
  const layout: Layout = { text: '', starts: new Map(), ends: new Map() };
  const walk = (element: ElementNode) => {
    layout.starts.set(element.getKey(), layout.text.length);
    for (const child of element.getChildren()) {
      if (isBlock(child) || $isListNode(child)) continue;
      layout.starts.set(child.getKey(), layout.text.length);
      if ($isTextNode(child)) layout.text += child.getTextContent();
      else if ($isLineBreakNode(child)) layout.text += '\n';
      else if ($isElementNode(child)) walk(child);
      layout.ends.set(child.getKey(), layout.text.length);
    }
    layout.ends.set(element.getKey(), layout.text.length);
  };
  walk(block);
  return layout;
}

function offsetOf(point: PointType, layout: Layout): number | null {
  const base = layout.starts.get(point.key);
  if (base === undefined) return null;
  if (point.type === 'text') return base + point.offset;
  const element = $getNodeByKey(point.key);
  if (!$isElementNode(element)) return base;
  const children = element.getChildren();
  if (point.offset < children.length) return layout.starts.get(children[point.offset]!.getKey()) ?? base;
  return layout.ends.get(point.key) ?? base;
}

/** The selected span as an anchor, or why it cannot be one. */
export function selectionAnchor(editor: LexicalEditor): { anchor: SelectionAnchor } | { problem: SelectionProblem } {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return { problem: 'none' as const };
    const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
    const block = $blockOf(first.getNode());
    if (!block || block !== $blockOf(last.getNode())) return { problem: 'several-blocks' as const };
    const blockId = $blockId(block);
    const layout = $layout(block);
    const start = offsetOf(first, layout);
    const end = offsetOf(last, layout);
    if (!blockId || start === null || end === null || end <= start) return { problem: 'none' as const };
    const quote = layout.text.slice(start, end);
    if (!quote.trim()) return { problem: 'none' as const };
    if (quote.length > MAX_QUOTE) return { problem: 'too-long' as const };
    return { anchor: { blockId, start, end, quote } };
  });
}

export interface PaintedSpan {
  blockId: string;
  start: number;
  end: number;
  active: boolean;
}

const HIGHLIGHT = 'palabre-comment';
const HIGHLIGHT_ACTIVE = 'palabre-comment-active';

function blockElements(editor: LexicalEditor): Map<string, HTMLElement> {
  const keys = new Map<string, string>();
  editor.getEditorState().read(() => {
    const stack: LexicalNode[] = [...$getRoot().getChildren()];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isBlock(node)) {
        const uid = $blockId(node);
        if (uid) keys.set(uid, node.getKey());
      }
      if ($isElementNode(node)) stack.push(...node.getChildren());
    }
  });
  const elements = new Map<string, HTMLElement>();
  for (const [uid, key] of keys) {
    const element = editor.getElementByKey(key);
    if (element) elements.set(uid, element);
  }
  return elements;
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, blockquote, li';

/** A DOM range over [start, end) of a block element's text (line breaks count one, as in blockText). */
export function rangeIn(element: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Text of a nested block (a list inside a list item) is its own entry.
    const owner = node.parentElement?.closest(BLOCK_SELECTOR);
    if (owner !== element) continue;
    const length = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').length : node instanceof HTMLBRElement ? 1 : 0;
    if (length === 0) continue;
    if (!started && start < offset + length) {
      if (node.nodeType === Node.TEXT_NODE) range.setStart(node, start - offset);
      else range.setStartBefore(node);
      started = true;
    }
    if (started && end <= offset + length) {
      if (node.nodeType === Node.TEXT_NODE) range.setEnd(node, end - offset);
      else range.setEndAfter(node);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Paints the spans (the active one apart); returns the active span's range, to scroll to it. */
/** Whether highlights are on the page now: with none to paint and none painted, nothing is touched. */
let painted = false;

export function paintCommentHighlights(editor: LexicalEditor, spans: readonly PaintedSpan[]): Range | null {
  // This runs at every keystroke: a text without comments costs no walk and no repaint.
  if (spans.length === 0) {
    if (painted) clearCommentHighlights();
    return null;
  }
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  const elements = blockElements(editor);
  const normal: Range[] = [];
  const active: Range[] = [];
  for (const span of spans) {
    const element = elements.get(span.blockId);
    const range = element ? rangeIn(element, span.start, span.end) : null;
    if (range) (span.active ? active : normal).push(range);
  }
  if (registry) {
    registry.set(HIGHLIGHT, new Highlight(...normal));
    registry.set(HIGHLIGHT_ACTIVE, new Highlight(...active));
    painted = true;
  }
  return active[0] ?? null;
}

export function clearCommentHighlights(): void {
  painted = false;
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.delete(HIGHLIGHT_ACTIVE);
}
