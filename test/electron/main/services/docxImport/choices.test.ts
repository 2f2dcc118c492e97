/**
 * The rapporteur's choices sent with an import are checked before anything is written: a committee
 * or a participant of another meeting, an unknown committee key or recommendation index, a renamed
 * committee that collides with an existing one — each refused, the database unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import type { DocxPreview } from '../../../../../shared/docxImport/preview';
import type { Committee, MeetingDetail } from '../../../../../shared/domain/types';
import { dumpDatabase } from '../../../cli/cliProcess';
import { errorOf, openTempStore, type TempStore } from '../../../../helpers/tempDb';
import { handmadeDocx, HEADING_STYLES, headingParagraph, paragraph } from './handmade';

const heading = headingParagraph;
const BYTES = handmadeDocx(heading('Alerte précoce') + paragraph('Le réseau est créé.') + heading('Financement') + paragraph('Un fonds est abondé.'), HEADING_STYLES);
const contentBase64 = Buffer.from(BYTES).toString('base64');

let store: TempStore;
let meeting: MeetingDetail;
let other: MeetingDetail;
let alerte: Committee;
let elsewhere: Committee;
let p: DocxPreview;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  other = await call(store.dispatch, 'meeting:create', { title: 'Autre réunion', venue: 'Niamey' });
  alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Formation' });
  elsewhere = await call(store.dispatch, 'committee:add', { meetingId: other.id, name: 'Ailleurs' });
  p = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64 });
});
afterEach(() => store.cleanup());

describe('the choices of a Word import', { timeout: 60_000 }, () => {
  it('the preview maps Word headings (style Heading 1) to committees', () => {
    expect(p.committees.map((c) => [c.name, c.existingId])).toEqual([
      ['Alerte précoce', alerte.id],
      ['Financement', null],
    ]);
  });

  it('are refused whole when one of them is wrong, and nothing is written', async () => {
    const stranger = await call(store.dispatch, 'participant:add', { meetingId: other.id, name: 'Kofi Mensah', delegation: 'Ghana', role: 'expert' });
    const before = dumpDatabase(store.path);
    const attempt = (extra: Record<string, unknown>) => store.dispatch('docx:import', { meetingId: meeting.id, contentBase64, digest: p.digest, ...extra });
    expect(errorOf(await attempt({ choices: { committees: { '0': { committeeId: elsewhere.id } } } })).code).toBe('committee_mismatch');
    expect(errorOf(await attempt({ choices: { committees: { '0': { committeeKey: 'c9' } } } })).code).toBe('unknown_committee');
    expect(errorOf(await attempt({ choices: { committees: { '7': { committeeKey: 'c1' } } } })).code).toBe('not_found');
    expect(errorOf(await attempt({ asParticipantId: stranger.id })).code).toBe('participant_mismatch');
    expect(errorOf(await attempt({ choices: { skip: [0, 1] } })).code).toBe('docx_empty');
    // The new committee renamed to an existing name: refused inside the transaction, which is rolled back.
    const key = p.committees.find((c) => c.existingId === null)!.key;
    expect(errorOf(await attempt({ choices: { committeeNames: { [key]: 'formation' } } })).code).toBe('duplicate_name');
    expect(errorOf(await attempt({ choices: { extra: true } })).code).toBe('invalid_input');
    expect(dumpDatabase(store.path)).toBe(before);
  });

  it('refuses to carry as amendments tracked changes that add a whole recommendation', async () => {
    const inserted = `<w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="Kofi Mensah" w:date="2026-03-10T10:00:00Z"/></w:rPr></w:pPr><w:ins w:id="2" w:author="Kofi Mensah" w:date="2026-03-10T10:00:00Z"><w:r><w:t>Un audit est publié.</w:t></w:r></w:ins></w:p>`;
    const bytes = Buffer.from(handmadeDocx(paragraph('Le réseau est créé.') + inserted)).toString('base64');
    const preview = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64: bytes });
    expect(preview.trackedChanges).toEqual({ insertions: 2, deletions: 0, authors: ['Kofi Mensah'], amendable: false });
    const before = dumpDatabase(store.path);
    const error = errorOf(await store.dispatch('docx:import', { meetingId: meeting.id, contentBase64: bytes, digest: preview.digest, choices: { trackedChanges: 'amend' } }));
    expect(error.code).toBe('docx_changes_unaligned');
    expect(error.message.en).toContain('cannot become amendments');
    expect(dumpDatabase(store.path)).toBe(before);
    // Accepted, they import.
    const result = await call(store.dispatch, 'docx:import', { meetingId: meeting.id, contentBase64: bytes, digest: preview.digest });
    expect(result.created.map((c) => c.title)).toEqual(['Le réseau est créé', 'Un audit est publié']);
  });

  it('imports in one go, and a second preview finds the committees the first import created', async () => {
    const first = await call(store.dispatch, 'docx:import', { meetingId: meeting.id, contentBase64, digest: p.digest });
    expect(first.created.map((c) => c.title)).toEqual(['Le réseau est créé', 'Un fonds est abondé']);
    expect(first.committeesCreated.map((c) => c.name)).toEqual(['Financement']);
    // The second preview finds the committee the first import created.
    const again = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64 });
    expect(again.committees.every((c) => c.existingId !== null)).toBe(true);
  });
});
