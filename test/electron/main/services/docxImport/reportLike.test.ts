/**
 * A Word file written with the `docx` library, laid out as a report (committees as Heading 1,
 * numbered recommendations as Heading 2), with a comment range and tracked changes in Word's own
 * markup: the import drops the numbers (Palabre numbers itself), accepts the changes, reports them,
 * and places the comment on the recommendation its range starts in.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { TEXT_FORMAT, textBlocks, walkNodes } from '../../../../../shared/document/lexicalJson';
import type { MeetingDetail, Participant } from '../../../../../shared/domain/types';
import { openTempStore, type TempStore } from '../../../../helpers/tempDb';

async function reportDocx(): Promise<Uint8Array> {
  const date = '2026-03-10T10:00:00Z';
  const doc = new Document({
    creator: 'Kofi Mensah',
    comments: { children: [{ id: 0, author: 'Awa Diallo', date: new Date(date), children: [new Paragraph('Quel calendrier\u202F?')] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Alerte précoce', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '1. Créer un réseau régional', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('Le Conseil crée un réseau '), new TextRun({ text: 'régional', bold: true }), new TextRun(' d’alerte précoce.')] }),
          new Paragraph({ text: 'Recommandation 2 : Former les agents', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Les agents sont formés '),
              new DeletedTextRun({ id: 1, author: 'Kofi Mensah', date, text: 'chaque mois' }),
              new InsertedTextRun({ id: 2, author: 'Kofi Mensah', date, text: 'chaque année' }),
              new TextRun({ text: ' à Bamako', italics: true }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [new CommentRangeStart(0), new TextRun('Un rapport est publié.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

let store: TempStore;
let meeting: MeetingDetail;
let kofi: Participant;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  kofi = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Kofi Mensah', delegation: 'Ghana', role: 'expert' });
});
afterEach(() => store.cleanup());

describe('a report-like Word file with tracked changes and a comment range', { timeout: 60_000 }, () => {
  it('is imported with the changes accepted and the comment on its recommendation', async () => {
    const contentBase64 = Buffer.from(await reportDocx()).toString('base64');
    const p = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64 });
    expect(p.recommendations.map((r) => r.title)).toEqual(['Créer un réseau régional', 'Former les agents']);
    expect(p.trackedChanges).toEqual({ insertions: 1, deletions: 1, authors: ['Kofi Mensah'], amendable: true });
    expect(p.creator).toEqual({ name: 'Kofi Mensah', participantId: kofi.id });
    expect(p.comments).toEqual([{ author: 'Awa Diallo', text: 'Quel calendrier\u202F?', recommendationIndex: 1 }]);

    const result = await call(store.dispatch, 'docx:import', { meetingId: meeting.id, contentBase64, digest: p.digest });
    const [first, second] = await Promise.all(result.created.map((c) => call(store.dispatch, 'recommendation:get', { recommendationId: c.recommendationId })));
    expect(textBlocks(first!.body).map((b) => b.text)).toEqual(['Le Conseil crée un réseau régional d’alerte précoce.']);
    expect(textBlocks(second!.body).map((b) => b.text)).toEqual(['Les agents sont formés chaque année à Bamako.', 'Un rapport est publié.']);
    const formats: Array<[string, number]> = [];
    for (const rec of [first!, second!]) walkNodes(rec.body, (n) => {
      if (n.type === 'text' && n.format !== 0) formats.push([n.text!, n.format as number]);
    });
    expect(formats).toEqual([
      ['régional', TEXT_FORMAT.bold],
      [' à Bamako', TEXT_FORMAT.italic],
    ]);
    expect([first!.authorName, second!.authorName]).toEqual(['Kofi Mensah', 'Kofi Mensah']);
    const threads = await call(store.dispatch, 'comment:list', { recommendationId: second!.id });
    expect(threads.map((t) => [t.text, t.authorName])).toEqual([['[Word — Awa Diallo] Quel calendrier\u202F?', 'Kofi Mensah']]);
    expect(result.amendments).toEqual([]);
  });

  it('can carry the tracked changes as an amendment by their author, on the text as it was before them', async () => {
    const awa = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Awa Diallo', delegation: 'Mali', role: 'rapporteur' });
    const contentBase64 = Buffer.from(await reportDocx()).toString('base64');
    const p = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64 });
    const result = await call(store.dispatch, 'docx:import', { meetingId: meeting.id, contentBase64, digest: p.digest, asParticipantId: awa.id, choices: { trackedChanges: 'amend' } });
    const second = await call(store.dispatch, 'recommendation:get', { recommendationId: result.created[1]!.recommendationId });
    expect(textBlocks(second.body).map((b) => b.text)).toEqual(['Les agents sont formés chaque mois à Bamako.', 'Un rapport est publié.']);
    expect(second.authorName).toBe('Awa Diallo');
    // Only the recommendation the changes touch gets an amendment, proposed by the author of the changes.
    expect(result.amendments.map((a) => a.recommendationId)).toEqual([second.id]);
    const [amendment] = await call(store.dispatch, 'amendment:list', { recommendationId: second.id });
    expect([amendment!.authorName, amendment!.note, amendment!.status]).toEqual(['Kofi Mensah', 'Modifications suivies du document Word (Kofi Mensah)', 'pending']);
    const review = await call(store.dispatch, 'amendment:review', { amendmentId: amendment!.id });
    const decision = await call(store.dispatch, 'amendment:decide', { amendmentId: amendment!.id, accept: review.hunks.map((h) => h.id), reject: [] });
    expect(textBlocks(decision.recommendation.body).map((b) => b.text)).toEqual(['Les agents sont formés chaque année à Bamako.', 'Un rapport est publié.']);
  });
});
