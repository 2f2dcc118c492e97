/**
 * The compilation table delegations use to follow a negotiation: landscape A4, one row per
 * recommendation, with its number, its text as of an earlier milestone, its current text (or as of
 * a later milestone) and who contributed in between. The header row repeats on every page.
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { formatDate, formatDateRange } from './dates';
import { label, languageTag } from './labels';
import type { ReportData, ReportRecommendation } from './model';
import { pageProperties, runningFooter, runningHeader, textWidth } from './page';
import { documentParagraphs, type ListCounter } from './richText';
import { reportNumbering, reportStyles, STYLE } from './styles';
import { preambularFirst, stateLine } from './finalReport';

/** Shares of the text width: number, earlier text, current text, contributors. */
const SHARES = [0.08, 0.38, 0.38, 0.16];

export function buildCompilationTable(data: ReportData): Document {
  const { locale } = data;
  const width = textWidth('landscape');
  const columns = SHARES.map((s) => Math.floor(width * s));
  const lists: ListCounter = { next: 0 };
  const since = data.since;
  const headers = [
    label('number', locale),
    since ? label('textAt', locale, { name: since.name }) : '',
    data.asOf ? label('textAt', locale, { name: data.asOf.name }) : label('currentText', locale),
    label('contributors', locale),
  ];
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: headers.map((text, i) => cell([new Paragraph({ style: STYLE.tableHeader, text })], columns[i]!, '1F4E79')),
    }),
  ];
  for (const committee of data.committees) {
    if (committee.recommendations.length === 0) continue;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: 4,
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F2' },
            children: [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: committee.name, bold: true })] })],
          }),
        ],
      }),
    );
    for (const rec of committee.recommendations) rows.push(row(rec, data, columns, lists));
  }
  const where = [data.meeting.venue, formatDateRange(data.meeting.startsOn, data.meeting.endsOn, locale)].filter(Boolean).join(', ');
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: label('compilationTable', locale) }),
    new Paragraph({ style: STYLE.body, children: [new TextRun({ text: data.meeting.title, bold: true }), ...(where ? [new TextRun(` — ${where}`)] : [])] }),
    new Paragraph({
      style: STYLE.body,
      text: [since ? label('changesSince', locale, { name: since.name, date: formatDate(since.date, locale) }) : '', stateLine(data)].filter(Boolean).join(' · '),
    }),
    new Table({
      rows,
      columnWidths: columns,
      width: { size: width, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: {
        top: { style: BorderStyle.SINGLE, size: 4, color: '8EA9C1' },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: '8EA9C1' },
        left: { style: BorderStyle.SINGLE, size: 4, color: '8EA9C1' },
        right: { style: BorderStyle.SINGLE, size: 4, color: '8EA9C1' },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '8EA9C1' },
        insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '8EA9C1' },
      },
    }),
  ];
  const title = label('compilationTable', locale);
  return new Document({
    creator: data.meeting.organisation || 'Palabre',
    title: `${data.meeting.title} — ${title}`,
    styles: reportStyles(locale, languageTag(locale)),
    numbering: reportNumbering(),
    sections: [
      {
        properties: pageProperties('landscape'),
        headers: { default: runningHeader(data.meeting.title, title, 'landscape') },
        footers: { default: runningFooter(locale) },
        children,
      },
    ],
  });
}

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: children.length > 0 ? children : [new Paragraph({ style: STYLE.tableText, children: [] })],
  });
}

function textCell(title: string, body: Parameters<typeof documentParagraphs>[0], lists: ListCounter): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: title, bold: true })] }),
    ...documentParagraphs(preambularFirst(body), { operativeStyle: STYLE.tableText, preambularStyle: STYLE.tablePreambular, lists }),
  ];
}

function row(rec: ReportRecommendation, data: ReportData, columns: number[], lists: ListCounter): TableRow {
  const { locale } = data;
  // A removed recommendation has no number any more, only the one it had (which another may now bear).
  const number = rec.removed ? [] : [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: rec.number, bold: true })] })];
  if (rec.earlierNumber && (rec.earlierNumber !== rec.number || rec.removed)) {
    number.push(new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: `(${label('formerNumber', locale, { number: rec.earlierNumber })})`, italics: true })] }));
  }
  const earlier = rec.earlierBody
    ? textCell(rec.earlierTitle ?? rec.title, rec.earlierBody, lists)
    : [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: label('notYet', locale), italics: true })] })];
  return new TableRow({
    children: [
      cell(number, columns[0]!),
      cell(earlier, columns[1]!),
      cell(rec.removed ? [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: label('removedSince', locale), italics: true })] })] : textCell(rec.title, rec.body, lists), columns[2]!),
      cell(rec.contributors.map((name) => new Paragraph({ style: STYLE.tableText, text: name })), columns[3]!),
    ],
  });
}
