/**
 * Palabre's own final report sent back as a Word contribution (a secretariat's copy, an expert who
 * works in Word): it yields exactly the committees and recommendations of the meeting, in order,
 * with their text — not its cover, table of contents, introduction, fields or annex.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { seedDemoMeeting } from '../../../../../electron/main/services/demo';
import { importDocx, previewDocx } from '../../../../../electron/main/services/docxImport/service';
import { renderReport } from '../../../../../electron/main/services/report/export';
import { documentToPlainText } from '../../../../../shared/document/lexicalJson';
import { openTempStore, type TempStore } from '../../../../helpers/tempDb';

// The first Word document read in a process starts the parse worker, which loads mammoth and happy-dom: seconds on a loaded machine.
describe('the app’s own Word report, imported as a contribution', { timeout: 30_000 }, () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await openTempStore();
  });
  afterEach(() => store.cleanup());

  it('gives back every numbered recommendation under its committee, with its text', async () => {
    const demo = seedDemoMeeting(store.ctx);
    const { bytes } = await renderReport(store.ctx, { meetingId: demo.meetingId, kind: 'final', locale: 'fr', milestoneId: null, sinceMilestoneId: null, statuses: null, logo: null });
    const source = await call(store.dispatch, 'meeting:get', { meetingId: demo.meetingId });
    const numbered = source.recommendations.filter((r) => r.number !== '');
    const committees = [...source.committees].sort((a, b) => a.position - b.position);

    const copy = await call(store.dispatch, 'meeting:create', { title: 'Relecture du rapport', venue: 'Niamey', startsOn: '2026-01-12', endsOn: '2026-01-13' });
    const preview = await previewDocx(store.ctx, { meetingId: copy.id, bytes, fileName: 'rapport-final.docx' });
    expect(preview.committees.map((c) => c.name)).toEqual(committees.map((c) => c.name));
    expect(preview.recommendations.map((r) => r.title)).toEqual(numbered.map((r) => r.title));

    const result = await importDocx(store.ctx, { meetingId: copy.id, bytes, fileName: 'rapport-final.docx', digest: preview.digest });
    expect(result.created).toHaveLength(numbered.length);
    for (const [i, created] of result.created.entries()) {
      const original = await call(store.dispatch, 'recommendation:get', { recommendationId: numbered[i]!.id });
      const imported = await call(store.dispatch, 'recommendation:get', { recommendationId: created.recommendationId });
      expect(documentToPlainText(imported.body)).toBe(documentToPlainText(original.body));
    }
  });
});
