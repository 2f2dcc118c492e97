/**
 * The review copy's text: a recommendation's word diff (shared/diff) as Word tracked changes, each
 * insertion and deletion with the author and time of the version that made it, and the comments as
 * Word comment ranges over the passage they were made on.
 *
 * Comment anchors are offsets in the new text of a block; deleted text does not count, as it is not
 * in the new text. Every run is cut where a comment starts or ends.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { DiffRun } from '../diff/types';
import type { ChangeAuthor } from './model';
import { formatOptions, textRuns } from './richText';
import { BULLET_LIST, STYLE } from './styles';

/** Ids of tracked changes must be unique in a document: one counter per document. */
export interface RevisionCounter {
  next: number;
}

/** A comment's span in a block's new text, with its Word comment id. */
export interface CommentMark {
  id: number;
  start: number;
  end: number;
}

/**
 * Runs of a diff as Word runs: equal and re-formatted text as they are now, insertions and deletions
 * tracked, each with its own author in `runAuthors` (parallel to `runs`), else with `author`.
 */
export function trackedRuns(
  runs: readonly DiffRun[],
  author: ChangeAuthor,
  revisions: RevisionCounter,
  marks: readonly CommentMark[] = [],
  runAuthors: ReadonlyArray<ChangeAuthor | null> = [],
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  for (const mark of marks) {
    starts.set(mark.start, [...(starts.get(mark.start) ?? []), mark.id]);
    ends.set(mark.end, [...(ends.get(mark.end) ?? []), mark.id]);
  }
  const cuts = [...new Set([...starts.keys(), ...ends.keys()])].sort((a, b) => a - b);
  let offset = 0; // in the new text
  const boundary = (at: number) => {
    for (const id of ends.get(at) ?? []) {
      out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    for (const id of starts.get(at) ?? []) out.push(new CommentRangeStart(id));
    ends.delete(at);
    starts.delete(at);
  };
  const emit = (run: DiffRun, index: number, text: string) => {
    if (!text) return;
    const options = formatOptions(run.format);
    const by = runAuthors[index] ?? author;
    if (run.kind === 'insert') {
      out.push(...textRuns(text, options, (o) => new InsertedTextRun({ ...o, id: revisions.next++, author: by.author, date: by.date })));
    } else if (run.kind === 'delete') {
      out.push(...textRuns(text, options, (o) => new DeletedTextRun({ ...o, id: revisions.next++, author: by.author, date: by.date })));
    } else out.push(...textRuns(text, options, (o) => new TextRun(o)));
  };
  boundary(0);
  runs.forEach((run, index) => {
    if (run.kind === 'delete') {
      emit(run, index, run.text);
      return;
    }
    let from = 0;
    for (const cut of cuts) {
      if (cut <= offset + from || cut >= offset + run.text.length) continue;
      emit(run, index, run.text.slice(from, cut - offset));
      from = cut - offset;
      boundary(cut);
    }
    emit(run, index, run.text.slice(from));
    offset += run.text.length;
    boundary(offset);
  });
  // Marks beyond the text (an anchor on a shorter text): opened and closed at its end, so every range is whole.
  for (const ids of starts.values()) for (const id of ids) out.push(new CommentRangeStart(id));
  for (const ids of ends.values()) for (const id of ids) out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
  return out;
}

/** A block of a diff as a paragraph in its style; list items as bullets (the diff keeps no list type). */
export function trackedParagraph(
  block: { type: string; kind: 'preambular' | 'operative'; runs: readonly DiffRun[] },
  author: ChangeAuthor,
  revisions: RevisionCounter,
  marks: readonly CommentMark[],
  runAuthors: ReadonlyArray<ChangeAuthor | null> = [],
): Paragraph {
  const style = block.kind === 'preambular' ? STYLE.preambular : block.type === 'quote' ? STYLE.quote : block.type === 'heading' ? STYLE.subheading : STYLE.recommendation;
  return new Paragraph({
    style,
    ...(block.type === 'listitem' ? { numbering: { reference: BULLET_LIST, level: 0 } } : {}),
    children: trackedRuns(block.runs, author, revisions, marks, runAuthors),
  });
}
