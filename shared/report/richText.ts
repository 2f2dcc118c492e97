/**
 * Rich text of the app (the serialized Lexical JSON) as Word paragraphs: preambular paragraphs in the
 * "Preambule" style (italics), operative ones in the "Recommandation" style, bold, italic,
 * underline, strikethrough, sub- and superscript kept, bulleted and numbered lists as Word lists
 * (each numbered list starting again at 1), quotes, headings, line breaks and tabs.
 */
import { Paragraph, Tab, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { TEXT_FORMAT, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';
import { paragraphKindOf } from '../document/paragraphKind';
import { BULLET_LIST, NUMBERED_LIST, STYLE } from './styles';

const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;
const CODE = 16;

/** The run properties of Lexical format bits. */
export function formatOptions(format: number): Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike' | 'subScript' | 'superScript' | 'font'> {
  return {
    ...(format & TEXT_FORMAT.bold ? { bold: true } : {}),
    ...(format & TEXT_FORMAT.italic ? { italics: true } : {}),
    ...(format & TEXT_FORMAT.underline ? { underline: {} } : {}),
    ...(format & TEXT_FORMAT.strikethrough ? { strike: true } : {}),
    ...(format & SUBSCRIPT ? { subScript: true } : {}),
    ...(format & SUPERSCRIPT ? { superScript: true } : {}),
    ...(format & CODE ? { font: 'Consolas' } : {}),
  };
}

/**
 * Text as run contents: line breaks become breaks, tabs Word tabs. `make` builds the run (a plain,
 * inserted or deleted run) from its options.
 */
export function textRuns<R>(text: string, options: IRunOptions, make: (options: IRunOptions) => R): R[] {
  const runs: R[] = [];
  text.split('\n').forEach((line, i) => {
    const children: Array<string | Tab> = [];
    line.split('\t').forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part) children.push(part);
    });
    if (i > 0 || children.length > 0) runs.push(make({ ...options, ...(i > 0 ? { break: 1 } : {}), children }));
  });
  return runs;
}

/** Counts lists so that each numbered list of the report starts at 1 (a Word list instance each). */
export interface ListCounter {
  next: number;
}

export interface RichTextOptions {
  /** Style of operative paragraphs (the introduction uses the body text style). */
  operativeStyle?: string;
  /** Style of preambular paragraphs (the table has its own, smaller). */
  preambularStyle?: string;
  lists: ListCounter;
}

/** The paragraphs of a document, in reading order. Iterative, like every walk of user documents. */
export function documentParagraphs(doc: SerializedDocument, options: RichTextOptions): Paragraph[] {
  const out: Paragraph[] = [];
  const operative = options.operativeStyle ?? STYLE.recommendation;
  const preambular = options.preambularStyle ?? STYLE.preambular;
  // Each entry: a node, the list it is in (type and instance) and its depth in lists.
  const stack: Array<{ node: SerializedNode; list: { numbered: boolean; instance: number } | null; depth: number }> = [];
  for (let i = doc.root.children.length - 1; i >= 0; i--) stack.push({ node: doc.root.children[i]!, list: null, depth: -1 });
  while (stack.length > 0) {
    const { node, list, depth } = stack.pop()!;
    const children = node.children ?? [];
    if (node.type === 'list') {
      const numbered = node.listType === 'number';
      const inner = { numbered, instance: numbered ? ++options.lists.next : 0 };
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, list: inner, depth: depth + 1 });
      continue;
    }
    if (node.type === 'listitem') {
      // A list item holding a nested list: the nested list's items come after this item's own text.
      const nested = children.filter((c) => c.type === 'list');
      for (let i = nested.length - 1; i >= 0; i--) stack.push({ node: nested[i]!, list, depth });
      if (nested.length > 0 && children.every((c) => c.type === 'list')) continue;
      const level = Math.min(Math.max(depth, 0), 8);
      out.push(
        new Paragraph({
          style: paragraphKindOf(node) === 'preambular' ? preambular : operative,
          numbering: list?.numbered ? { reference: NUMBERED_LIST, level, instance: list.instance } : { reference: BULLET_LIST, level },
          children: inlineRuns(node),
        }),
      );
      continue;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote') {
      const style =
        node.type === 'quote' ? STYLE.quote : node.type === 'heading' ? STYLE.subheading : paragraphKindOf(node) === 'preambular' ? preambular : operative;
      const runs = inlineRuns(node);
      // An empty paragraph of the editor is spacing the user typed; Word's spacing already separates paragraphs.
      if (runs.length > 0) out.push(new Paragraph({ style, children: runs }));
      continue;
    }
    // Anything else at block level (an unknown node from a newer version): its text, not nothing.
    const runs = inlineRuns(node);
    if (runs.length > 0) out.push(new Paragraph({ style: operative, children: runs }));
  }
  return out;
}

/** The inline content of a block as runs (links by their text, nested blocks left to their own turn). */
export function inlineRuns(block: SerializedNode): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const stack: SerializedNode[] = [...(block.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0;
      runs.push(...textRuns(node.text, formatOptions(format), (o) => new TextRun(o)));
    } else if (node.type === 'linebreak') runs.push(new TextRun({ break: 1 }));
    else if (node.type === 'tab') runs.push(new TextRun({ children: [new Tab()] }));
    else if (node.type !== 'list' && node.type !== 'listitem' && node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return runs;
}
