/**
 * The small intermediate model of an imported Word document: what survives sanitising, and all the
 * mapping needs. It is built in the main process from the sanitised HTML (never kept as DOM nodes),
 * so the mapping to committees and recommendations stays a pure function, testable anywhere.
 */

/** A piece of inline text with its formatting (Lexical's TEXT_FORMAT bits) and, in a link, its address. */
export interface Run {
  /** `\n` stands for a line break inside the paragraph. */
  text: string;
  format: number;
  /** Only http, https or mailto addresses get this far (the sanitiser drops the others). */
  href?: string;
}

export interface ListItem {
  runs: Run[];
  /** Lists nested inside this item. */
  lists: ListBlock[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1 to 6. */
  level: number;
  runs: Run[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
}

export type ImportedBlock = HeadingBlock | ParagraphBlock | ListBlock;

/** What the Word file says besides its text, read from its XML (mammoth drops all of it). */
export interface WordExtras {
  /** `dc:creator` of the core properties, if any. */
  creator: string | null;
  /** `dc:title` of the core properties, if any. */
  title: string | null;
  insertions: number;
  deletions: number;
  /** Who made the tracked changes, in order of first appearance. */
  changeAuthors: string[];
  comments: WordComment[];
}

export interface WordComment {
  author: string;
  text: string;
  /** Plain text of the paragraph the comment is attached to, to find its recommendation. */
  anchorText: string;
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
