/**
 * The app's import of Word files by token: the preview of a file chosen in the dialog (or dropped),
 * then the import of the batch with what the rapporteur confirmed — the recommendations left out stay
 * out, and a file changed since the preview is refused with nothing written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { handmadeDocx, paragraph } from '../docxImport/handmade';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

describe('Word files previewed, then imported with the rapporteur’s choices', { timeout: 60_000 }, () => {
  const office = new Office();
  let rap: Laptop;
  let m: Meeting;
  let wordFile: string;
  afterAll(() => office.close());

  const write = (name: string, content: Uint8Array) => {
    const path = join(office.folder, name);
    writeFileSync(path, content);
    return path;
  };
  const contribution = (last: string) =>
    handmadeDocx(
      [
        paragraph('1. Créer un réseau de points focaux « alerte » dans chaque ministère.'),
        paragraph('2. Publier un bulletin trimestriel des signaux faibles.'),
        paragraph(`3. ${last}`),
      ].join(''),
    );

  beforeAll(async () => {
    const sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    rap = await office.laptop('rapporteur');
    rap.receive([sec.send('meeting', m.meetingId, 'reunion.palabre')]);
    wordFile = write('contribution-niger.docx', contribution('Évaluer le dispositif chaque année.'));
  });

  const grant = (path: string) => rap.store.ctx.files.grant(path, 'read');

  it('previews a file by its token, writing nothing', async () => {
    const before = rap.dump();
    const preview = await call(rap.store.dispatch, 'docx:previewFile', { meetingId: m.meetingId, fileToken: grant(wordFile) });
    expect(preview.fileName).toBe('contribution-niger.docx');
    expect(preview.recommendations.map((r) => r.title).join(' | ')).toMatch(/points focaux « alerte »/);
    expect(preview.recommendations).toHaveLength(3);
    expect(rap.dump()).toBe(before);
  });

  it('refuses a file changed since its preview, and imports nothing of the batch', async () => {
    const token = grant(wordFile);
    const preview = await call(rap.store.dispatch, 'docx:previewFile', { meetingId: m.meetingId, fileToken: token });
    const changed = write('modifiee.docx', contribution('Un autre texte.'));
    const before = rap.dump();
    const changedToken = grant(changed);
    const result = await rap.store.dispatch('package:import', {
      fileTokens: [changedToken],
      meetingId: m.meetingId,
      word: [{ fileToken: changedToken, digest: preview.digest }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('docx_changed');
      expect(result.error.message.fr).toMatch(/Rien n’a été importé/);
    }
    expect(rap.dump()).toBe(before);
  });

  it('refuses choices for a file that is not in the batch', async () => {
    const result = await rap.store.dispatch('package:import', {
      fileTokens: [grant(wordFile)],
      meetingId: m.meetingId,
      word: [{ fileToken: grant(wordFile), digest: 'a'.repeat(64) }],
    });
    expect(result.ok).toBe(false);
  });

  it('imports what was confirmed: the skipped recommendation is left out, on behalf of the participant chosen', async () => {
    const token = grant(wordFile);
    const preview = await call(rap.store.dispatch, 'docx:previewFile', { meetingId: m.meetingId, fileToken: token });
    const summary = await call(rap.store.dispatch, 'package:import', {
      fileTokens: [token],
      meetingId: m.meetingId,
      word: [{ fileToken: token, digest: preview.digest, choices: { skip: [1] }, asParticipantId: m.kofi.id }],
    });
    expect(summary.wordFiles).toEqual([expect.objectContaining({ name: 'contribution-niger.docx', recommendations: 2, alreadyImported: false })]);
    const created = await Promise.all(summary.created.map((id) => rap.get(id)));
    expect(created.map((r) => r.title).join(' | ')).not.toMatch(/bulletin trimestriel/);
    expect(created.map((r) => r.authorId)).toEqual([m.kofi.id, m.kofi.id]);
  });
});
