/**
 * Imported blocks → the app's Lexical JSON, as the editor itself would serialize them: paragraphs
 * and list items carry a stable id, top-level paragraphs a kind (preambular or operative) proposed
 * from their opening words, text keeps its bold/italic/underline bits, links stay links.
 */
import { paragraphNode, textNode, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';
import { detectKind, setParagraphKind } from '../document/paragraphKind';
import type { ImportedBlock, ListBlock, Run } from './model';

/** Inline nodes of a run list, the block's outer spaces trimmed; consecutive runs of one format are joined. */
export function inlineNodes(runs: readonly Run[]): SerializedNode[] {
  const trimmed = trimRuns(runs);
  const out: SerializedNode[] = [];
  let link: { href: string; node: SerializedNode } | null = null;
  for (const run of trimmed) {
    const target = run.href ? linkTarget(run.href) : out;
    appendText(target, run.text, run.format);
  }
  return out;

  function linkTarget(href: string): SerializedNode[] {
    if (!link || link.href !== href || out[out.length - 1] !== link.node) {
      link = { href, node: { type: 'link', version: 1, url: href, rel: 'noreferrer', target: null, title: null, direction: null, format: '', indent: 0, children: [] } };
      out.push(link.node);
    }
    return link.node.children!;
  }
}

function appendText(target: SerializedNode[], text: string, format: number): void {
  text.split('\n').forEach((piece, i) => {
    if (i > 0) target.push({ type: 'linebreak', version: 1 });
    if (piece.length === 0) return;
    const last = target[target.length - 1];
    if (last && last.type === 'text' && last.format === format) last.text = `${last.text ?? ''}${piece}`;
    else target.push(textNode(piece, format));
  });
}

/** Runs without the spaces (and line breaks) at the two ends of the block. */
export function trimRuns(runs: readonly Run[]): Run[] {
  const copy = runs.map((r) => ({ ...r }));
  while (copy.length > 0 && copy[0]!.text.replace(/^[\s\u00A0\u202F]+/u, '') === '') copy.shift();
  while (copy.length > 0 && copy[copy.length - 1]!.text.replace(/[\s\u00A0\u202F]+$/u, '') === '') copy.pop();
  if (copy.length > 0) copy[0]!.text = copy[0]!.text.replace(/^[\s\u00A0\u202F]+/u, '');
  if (copy.length > 0) copy[copy.length - 1]!.text = copy[copy.length - 1]!.text.replace(/[\s\u00A0\u202F]+$/u, '');
  return copy.filter((r) => r.text.length > 0);
}

function listNode(list: ListBlock, newId: () => string): SerializedNode {
  const children: SerializedNode[] = [];
  list.items.forEach((item, i) => {
    children.push(listItem(inlineNodes(item.runs), i + 1, newId));
    // Lexical nests a list inside a list item of its own.
    for (const nested of item.lists) children.push(listItem([listNode(nested, newId)], i + 1, newId));
  });
  return {
    type: 'list',
    version: 1,
    listType: list.ordered ? 'number' : 'bullet',
    start: 1,
    tag: list.ordered ? 'ol' : 'ul',
    direction: null,
    format: '',
    indent: 0,
    children,
  };
}

function listItem(children: SerializedNode[], value: number, newId: () => string): SerializedNode {
  return { type: 'listitem', version: 1, value, direction: null, format: '', indent: 0, children, $: { uid: newId() } };
}

/** A document of these blocks (headings inside a recommendation become paragraphs: the editor's body has none). */
export function blocksToDocument(blocks: readonly ImportedBlock[], newId: () => string): SerializedDocument {
  const children: SerializedNode[] = [];
  for (const block of blocks) {
    if (block.kind === 'list') {
      if (block.items.length > 0) children.push(listNode(block, newId));
      continue;
    }
    const inline = inlineNodes(block.runs);
    if (inline.length === 0) continue;
    const paragraph = paragraphNode(inline, newId());
    setParagraphKind(paragraph, detectKind(plainOf(block.runs)));
    children.push(paragraph);
  }
  if (children.length === 0) children.push(paragraphNode([], newId()));
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

function plainOf(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
