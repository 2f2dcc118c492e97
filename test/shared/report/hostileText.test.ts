/**
 * Nothing a user typed can break the document: arbitrary strings (characters XML 1.0 forbids, lone
 * surrogates, U+FFFE, control characters, « » ’, markup, huge words) in every field of a report, and
 * LibreOffice still opens each kind of export, with the (filtered) text where it belongs. Several
 * strings go into one document per run: LibreOffice takes a second or two a file.
 */
import fc from 'fast-check';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { paragraphNode, textNode, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { buildReportDocument } from '../../../shared/report/build';
import type { ReportData } from '../../../shared/report/model';
import { xmlSafe } from '../../../shared/report/xmlSafe';
import { applyFrenchTypography } from '../../../shared/typography/french';
import { annotations, convert, squash } from '../../helpers/libreoffice';
import { changesFrom, recommendation, reportData } from './reportData';

const hostile = fc.constantFrom(
  '\uFFFE', '\uFFFF', '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
  '«', '»', '’', "'", '"', '<', '>', '&', ']]>', '<w:p>', '&amp;', '$&', '{detail}', 'é', 'Œ', 'Ω', 'ß', '😀', '🇲🇱',
  ' ', '  ', '\u00A0', '\u202F', '\t', '\n', '\r\n', ';', ':', '!', '?',
);
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,10}$/);
const hugeWord = fc.integer({ min: 300, max: 4000 }).map((n) => 'Ш'.repeat(n));
const text = fc
  .array(fc.oneof({ arbitrary: word, weight: 6 }, { arbitrary: hostile, weight: 6 }, { arbitrary: hugeWord, weight: 1 }), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.join(''));

/** A document whose one paragraph holds the text, with formats, line breaks and tabs as the editor writes them. */
function richDoc(value: string, uid: string): SerializedDocument {
  const children = value.split('\n').flatMap((line, i) => [...(i > 0 ? [{ type: 'linebreak', version: 1 }] : []), textNode(line, i % 4)]);
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraphNode(children, uid)] } };
}

interface Fields {
  values: string[];
  typography: boolean;
}

/** Report data with every field taken from `values` (20 of them). */
function hostileReport({ values: v, typography }: Fields): ReportData {
  const base = recommendation('1', v[5]!, '', {
    addressees: [v[6]!, v[7]!],
    leadActors: [v[8]!],
    horizon: v[9]!,
    body: richDoc(v[10]!, 'p1'),
    comments: [{ author: v[11]!, date: '2025-11-18T10:00:00.000Z', text: v[12]!, resolved: false, anchor: { blockIndex: 0, start: 0, end: 3 }, replies: [{ author: v[13]!, date: 'not a date', text: v[14]! }] }],
    contributors: [v[15]!],
  });
  const rec = changesFrom(base, v[16]!, richDoc(v[17]!, 'p1'), v[18]!);
  return reportData({
    frenchTypography: typography,
    meeting: { title: v[0]!, organisation: v[1]!, venue: v[2]!, startsOn: '2025-11-17', endsOn: '2025-11-19', intro: richDoc(v[3]!, 'i1') },
    asOf: { name: v[19]!, date: '2025-11-19T10:00:00.000Z' },
    since: { name: v[19]!, date: '2025-11-18T10:00:00.000Z' },
    committees: [{ name: v[4]!, recommendations: [rec] }],
    delegations: [{ name: v[15]!, participants: [{ name: v[16]!, role: 'chair' }] }],
  });
}

/** What a reader should find of a value: filtered, typeset when the meeting is, whitespace aside. */
function expected(value: string, typography: boolean): string {
  const safe = xmlSafe(value);
  return squash(typography ? applyFrenchTypography(safe) : safe);
}

const packed = async (data: ReportData) => new Uint8Array(await Packer.toBuffer(buildReportDocument(data)));

describe('arbitrary text in every field of a report', () => {
  it('still gives documents LibreOffice opens, with the filtered text in them', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ values: fc.array(text, { minLength: 20, maxLength: 20 }), typography: fc.boolean() }), async (fields) => {
        const data = hostileReport(fields);
        const final = squash(await convert(await packed(data), 'txt'));
        const seen = (i: number) => expected(fields.values[i]!, fields.typography);
        // Every field the final report shows: meeting, intro, committee, title, addressees, actors, horizon, text, annex.
        for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 19]) {
          if (seen(i)) expect(final, `field ${i}`).toContain(seen(i));
        }
        const review = await convert(await packed({ ...data, kind: 'review' }), 'fodt');
        const notes = annotations(review);
        expect(notes.length).toBe(2);
        expect(squash(notes.map((n) => n.text).join(' '))).toContain(seen(12));
        expect(squash(notes.map((n) => n.text).join(' '))).toContain(seen(14));
        // Authors are names, not prose: filtered, not typeset.
        const author = squash(xmlSafe(fields.values[11]!));
        if (author) expect(notes.map((n) => squash(n.author))).toContain(author);
        const table = squash(await convert(await packed({ ...data, kind: 'table' }), 'txt'));
        for (const i of [5, 10, 15, 16, 17]) if (seen(i)) expect(table, `table field ${i}`).toContain(seen(i));
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
