/**
 * The final report and the review copy: cover page, table of contents, introduction, the
 * recommendations grouped by committee (Heading 1) with their number and title (Heading 2), their
 * fields, preambular paragraphs then operative text, and the annex of participants by delegation.
 * The review copy is the same document with the changes since an earlier milestone as tracked
 * changes and the comments as Word comments.
 */
import { estimatePageNumbers } from 'docx/layout';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  ImageRun,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import { formatDate, formatDateRange } from './dates';
import { label, languageTag, roleLabel } from './labels';
import type { ReportComment, ReportData, ReportFieldValues, ReportRecommendation } from './model';
import { emptyFooter, emptyHeader, pageProperties, runningFooter, runningHeader } from './page';
import { documentParagraphs, type ListCounter } from './richText';
import { reportNumbering, reportStyles, STYLE } from './styles';
import { trackedParagraph, trackedRuns, type CommentMark, type RevisionCounter } from './trackedText';
import { diffPlainText } from '../diff/documentDiff';
import type { SerializedDocument } from '../document/lexicalJson';
import { paragraphKindOf } from '../document/paragraphKind';

interface BuildState {
  data: ReportData;
  lists: ListCounter;
  revisions: RevisionCounter;
  comments: ICommentOptions[];
  nextCommentId: number;
}

export function buildFinalReport(data: ReportData): Document {
  const state: BuildState = { data, lists: { next: 0 }, revisions: { next: 1 }, comments: [], nextCommentId: 0 };
  const { locale } = data;
  const children: FileChild[] = [...cover(data), ...contents(data), ...introduction(state)];
  if (data.committees.every((c) => c.recommendations.length === 0)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: label('recommendations', locale) }));
    children.push(new Paragraph({ style: STYLE.body, text: label('noRecommendations', locale) }));
  }
  for (const committee of data.committees) {
    if (committee.recommendations.length === 0) continue;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: committee.name }));
    for (const rec of committee.recommendations) children.push(...recommendation(state, rec));
  }
  children.push(...annex(data));
  const kindLabel = label(data.kind === 'review' ? 'reviewCopy' : 'finalReport', locale);
  return new Document({
    creator: data.meeting.organisation || 'Palabre',
    title: `${data.meeting.title} — ${kindLabel}`,
    description: kindLabel,
    styles: reportStyles(locale, languageTag(locale)),
    numbering: reportNumbering(),
    // The table of contents is written with its page numbers, so it reads right before Word updates it.
    ...(worthEstimatingPages(data) ? { pageNumbers: estimatePageNumbers } : {}),
    features: { updateFields: true, ...(data.kind === 'review' ? { trackRevisions: true } : {}) },
    ...(state.comments.length > 0 ? { comments: { children: state.comments } } : {}),
    sections: [
      {
        properties: pageProperties('portrait'),
        headers: { default: runningHeader(data.meeting.title, kindLabel, 'portrait'), first: emptyHeader() },
        footers: { default: runningFooter(locale), first: emptyFooter() },
        children,
      },
    ],
  });
}

/** Beyond this much text, this many recommendations, or with a word longer than this, pages are left for Word to number (see below). */
const ESTIMATE_MAX_CHARACTERS = 120_000;
const ESTIMATE_MAX_RECOMMENDATIONS = 50;
const ESTIMATE_MAX_WORD = 80;

/**
 * Laying the pages out to number the table of contents costs about a second for a meeting of a dozen
 * recommendations, grows with the text (some five seconds for fifty long ones on a slow laptop) and
 * with the pages even when the texts are short (some thirty seconds for two hundred short ones,
 * during which the main process serves nothing), and becomes very slow on a word that cannot be
 * broken (thousands of letters pasted without a space). Past these bounds the entries are written without
 * their page numbers, which Word and LibreOffice fill in when they update the fields (the document
 * asks Word to on opening).
 */
export function worthEstimatingPages(data: ReportData): boolean {
  if (data.committees.reduce((n, c) => n + c.recommendations.length, 0) > ESTIMATE_MAX_RECOMMENDATIONS) return false;
  const longWord = new RegExp(`\\S{${ESTIMATE_MAX_WORD + 1}}`, 'u');
  let characters = 0;
  const stack: unknown[] = [data.meeting, data.committees, data.delegations];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      characters += value.length;
      if (characters > ESTIMATE_MAX_CHARACTERS || longWord.test(value)) return false;
    } else if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) stack.push(...Object.values(value));
  }
  return true;
}

/** The logo scaled to fit 4.5 × 3 cm (at 96 dpi), its proportions kept. */
function logoRun(data: ReportData): ImageRun | null {
  const logo = data.logo;
  if (!logo) return null;
  const scale = Math.min(170 / logo.width, 113 / logo.height, 1);
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) },
    altText: { name: 'Logo', title: data.meeting.organisation || 'Logo', description: data.meeting.organisation || 'Logo' },
  });
}

function cover(data: ReportData): Paragraph[] {
  const { locale, meeting } = data;
  const out: Paragraph[] = [];
  const logo = logoRun(data);
  if (logo) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [logo] }));
  if (meeting.organisation) out.push(new Paragraph({ style: STYLE.coverOrganisation, text: meeting.organisation }));
  out.push(new Paragraph({ style: STYLE.coverTitle, text: meeting.title }));
  if (meeting.venue) out.push(new Paragraph({ style: STYLE.coverDetails, text: meeting.venue }));
  const dates = formatDateRange(meeting.startsOn, meeting.endsOn, locale);
  if (dates) out.push(new Paragraph({ style: STYLE.coverDetails, text: dates }));
  out.push(new Paragraph({ style: STYLE.coverKind, text: label(data.kind === 'review' ? 'reviewCopy' : 'finalReport', locale) }));
  out.push(new Paragraph({ style: STYLE.coverDetails, text: stateLine(data) }));
  if (data.kind === 'review' && data.since) {
    out.push(new Paragraph({ style: STYLE.coverDetails, text: label('changesSince', locale, { name: data.since.name, date: formatDate(data.since.date, locale) }) }));
  }
  return out;
}

/** « Texte arrêté au jalon « Adopté » du 19 novembre 2025 », or the text as of the export's date. */
export function stateLine(data: ReportData): string {
  return data.asOf
    ? label('asOfMilestone', data.locale, { name: data.asOf.name, date: formatDate(data.asOf.date, data.locale) })
    : label('asOfNow', data.locale, { date: formatDate(data.generatedAt, data.locale) });
}

function contents(data: ReportData): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocTitle, pageBreakBefore: true, text: label('contents', data.locale) }),
    new TableOfContents(label('contents', data.locale), { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ style: STYLE.note, spacing: { before: 240 }, text: label('tocHint', data.locale) }),
  ];
}

function introduction(state: BuildState): Paragraph[] {
  const intro = state.data.meeting.intro;
  if (!intro) return [];
  const paragraphs = documentParagraphs(intro, { operativeStyle: STYLE.body, lists: state.lists });
  if (paragraphs.length === 0) return [];
  return [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: label('introduction', state.data.locale) }), ...paragraphs];
}

function headingPrefix(rec: ReportRecommendation, data: ReportData): string {
  return `${label('recommendation', data.locale)}${rec.number ? ` ${rec.number}` : ''} — `;
}

function recommendation(state: BuildState, rec: ReportRecommendation): Paragraph[] {
  const { data } = state;
  const review = data.kind === 'review' && rec.changes !== null;
  // Comments on the recommendation as a whole (or whose passage is gone) go on its title.
  const marks = review ? commentMarks(state, rec) : new Map<number, CommentMark[]>();
  const titleMarks = marks.get(-1) ?? [];
  const titleChildren: ParagraphChild[] = [];
  if (review && rec.removed) {
    // A recommendation removed since the earlier milestone: its whole heading is a deletion too, so
    // that accepting every change leaves nothing of it.
    titleChildren.push(...trackedRuns([{ kind: 'delete', text: `${headingPrefix(rec, data)}${rec.title}`, format: 0 }], rec.removed, state.revisions));
  } else {
    titleChildren.push(new TextRun(headingPrefix(rec, data)));
    if (review) titleChildren.push(...trackedRuns(rec.changes!.titleRuns, rec.changes!.titleAuthor, state.revisions, [], rec.changes!.titleRunAuthors));
    else titleChildren.push(new TextRun(rec.title));
  }
  for (const mark of titleMarks) {
    titleChildren.unshift(new CommentRangeStart(mark.id));
    titleChildren.push(new CommentRangeEnd(mark.id), new TextRun({ children: [new CommentReference(mark.id)] }));
  }
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: titleChildren }), ...fieldLines(state, rec, review)];
  if (review) {
    const changes = rec.changes!;
    const blocks = changes.body.blocks.map((block, index) => ({ block, author: changes.blockAuthors[index] ?? changes.fallback, runAuthors: changes.runAuthors?.[index] }));
    // Preambular paragraphs before the operative text, each group in its order.
    const ordered = [...blocks.filter((b) => b.block.kind === 'preambular'), ...blocks.filter((b) => b.block.kind !== 'preambular')];
    for (const { block, author, runAuthors } of ordered) {
      const blockMarks = block.newIndex === null ? [] : (marks.get(block.newIndex) ?? []);
      out.push(trackedParagraph(block, author, state.revisions, blockMarks, runAuthors));
    }
  } else out.push(...documentParagraphs(preambularFirst(rec.body), { lists: state.lists }));
  return out;
}

/** A copy of the document with its top-level preambular blocks first (each group in its own order). */
export function preambularFirst(doc: SerializedDocument): SerializedDocument {
  const children = doc.root.children;
  const preambular = children.filter((n) => paragraphKindOf(n) === 'preambular');
  if (preambular.length === 0) return doc;
  return { root: { ...doc.root, children: [...preambular, ...children.filter((n) => paragraphKindOf(n) !== 'preambular')] } };
}

/** The fields as the report writes them: addressees, lead actors, horizon with its deadline. */
function fieldTexts(values: ReportFieldValues, locale: ReportData['locale']): { addressees: string; leadActors: string; horizon: string } {
  const join = (list: string[]) => list.join(locale === 'fr' ? '\u202F; ' : '; ');
  const deadline = formatDate(values.deadline, locale);
  const horizon = [values.horizon, deadline ? `(${label('deadline', locale)}${locale === 'fr' ? '\u00A0:' : ':'} ${deadline})` : ''].filter(Boolean).join(' ');
  return { addressees: join(values.addressees), leadActors: join(values.leadActors), horizon };
}

/**
 * The fields under the title. In the review copy, a field changed since the earlier milestone is
 * written as tracked changes from its earlier value, attributed to whoever last changed the fields.
 */
function fieldLines(state: BuildState, rec: ReportRecommendation, review: boolean): Paragraph[] {
  const { locale } = state.data;
  const now = fieldTexts(rec, locale);
  const before = review ? fieldTexts(rec.changes!.earlierFields ?? { addressees: [], leadActors: [], horizon: '', deadline: null }, locale) : now;
  const line = (name: string, key: keyof typeof now) => {
    if (!now[key] && !before[key]) return null;
    const value: ParagraphChild[] =
      review && before[key] !== now[key] ? trackedRuns(diffPlainText(before[key], now[key]), rec.changes!.fieldsAuthor, state.revisions) : [new TextRun(now[key])];
    return new Paragraph({ style: STYLE.fields, children: [new TextRun({ text: `${name} `, bold: true }), ...value] });
  };
  const out = [
    line(label((rec.removed ? (rec.changes?.earlierFields?.addressees ?? []) : rec.addressees).length > 1 ? 'addressees' : 'addressee', locale), 'addressees'),
    line(label('leadActors', locale), 'leadActors'),
    line(label('horizon', locale), 'horizon'),
  ].filter((p): p is Paragraph => p !== null);
  // Space between the fields and the text.
  if (out.length > 0) out.push(new Paragraph({ style: STYLE.fields, spacing: { after: 80 }, children: [] }));
  return out;
}

/**
 * The Word comments of a recommendation, registered in the document, and their marks by block index
 * (-1: on the title). Replies are comments of their own, threaded to the first, over the same passage.
 */
function commentMarks(state: BuildState, rec: ReportRecommendation): Map<number, CommentMark[]> {
  const marks = new Map<number, CommentMark[]>();
  for (const thread of rec.comments) {
    const rootId = state.nextCommentId++;
    state.comments.push(commentOptions(state, rootId, thread, thread.resolved));
    const ids = [rootId];
    for (const reply of thread.replies) {
      const id = state.nextCommentId++;
      state.comments.push({ ...commentOptions(state, id, reply, thread.resolved), parentId: rootId });
      ids.push(id);
    }
    const where = thread.anchor ? thread.anchor.blockIndex : -1;
    const list = marks.get(where) ?? [];
    for (const id of ids) list.push({ id, start: thread.anchor?.start ?? 0, end: thread.anchor?.end ?? 0 });
    marks.set(where, list);
  }
  return marks;
}

function commentOptions(state: BuildState, id: number, comment: Pick<ReportComment, 'author' | 'date' | 'text'>, resolved: boolean): ICommentOptions {
  const author = comment.author || label('unknownAuthor', state.data.locale);
  const date = new Date(comment.date);
  return {
    id,
    author,
    initials: initials(author),
    ...(Number.isNaN(date.getTime()) ? {} : { date }),
    resolved,
    children: comment.text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
  };
}

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [...w][0]!.toUpperCase())
      .join('')
      .slice(0, 4) || '?'
  );
}

function annex(data: ReportData): Paragraph[] {
  const { locale } = data;
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: label('annex', locale) })];
  if (data.delegations.length === 0) out.push(new Paragraph({ style: STYLE.body, text: label('noParticipants', locale) }));
  for (const delegation of data.delegations) {
    out.push(new Paragraph({ style: STYLE.delegation, text: delegation.name }));
    for (const p of delegation.participants) {
      out.push(
        new Paragraph({
          style: STYLE.participant,
          children: [new TextRun(p.name), new TextRun({ text: ` — ${roleLabel(p.role, locale)}`, italics: true, color: '595959' })],
        }),
      );
    }
  }
  return out;
}
