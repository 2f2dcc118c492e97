/**
 * `import` takes Word contributions alongside Palabre packages: all checked first, then all written
 * in one transaction, or nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { importFiles } from '../../../../../electron/main/services/exchange/importFiles';
import { PalabreError } from '../../../../../shared/errors';
import { handmadeDocx, paragraph } from '../docxImport/handmade';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

describe('Word files in an import', { timeout: 60_000 }, () => {
  const office = new Office();
  let sec: Laptop;
  let rap: Laptop;
  let m: Meeting;
  let meetingFile: string;
  let wordFile: string;
  afterAll(() => office.close());

  const file = (name: string, content: string | Uint8Array) => {
    const path = join(office.folder, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(async () => {
    sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    rap = await office.laptop('rapporteur');
    wordFile = file(
      'contribution-niger.docx',
      handmadeDocx(
        [
          paragraph('Considérant l’urgence d’une réponse commune\u202F;'),
          paragraph('1. Créer un réseau de points focaux « alerte » dans chaque ministère.'),
          paragraph('2. Publier un bulletin trimestriel des signaux faibles.'),
        ].join(''),
      ),
    );
  });

  it('refuses a Word file when no meeting is known here, writing nothing', async () => {
    const before = rap.dump();
    await expect(importFiles(rap.store.ctx, [wordFile])).rejects.toMatchObject({ code: 'docx_needs_meeting' });
    expect(rap.dump()).toBe(before);
  });

  it('refuses the whole batch when its Word file is damaged: the good package is not imported either', async () => {
    const before = rap.dump();
    const damaged = file('abime.docx', handmadeDocx(paragraph('Texte')).subarray(0, 40));
    let caught: unknown;
    try {
      await importFiles(rap.store.ctx, [meetingFile, damaged], { meetingId: m.meetingId });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PalabreError);
    expect((caught as PalabreError).toValue().message.fr).toMatch(/document Word/);
    expect(rap.dump()).toBe(before);
  });

  it('imports a meeting package, then a Word contribution into it, and counts what the Word file brought', async () => {
    const first = await importFiles(rap.store.ctx, [meetingFile]);
    expect(first.meetingCreated).toBe(true);
    // The database as it was before the import can be restored.
    const backups = await call(rap.store.dispatch, 'backup:list', {});
    expect(backups.map((b) => b.reason)).toContain('before-import');
    const summary = await importFiles(rap.store.ctx, [wordFile], { meetingId: m.meetingId });
    expect(summary.wordFiles).toEqual([expect.objectContaining({ name: 'contribution-niger.docx', recommendations: 2 })]);
    expect(summary.created).toHaveLength(2);
    expect(summary.noChange).toBe(false);
    const titles = await Promise.all(summary.created.map(async (id) => (await rap.get(id)).title));
    expect(titles.join(' | ')).toMatch(/Créer un réseau de points focaux «\u00A0alerte\u00A0»/);
    const listed = await call(rap.store.dispatch, 'recommendation:list', { meetingId: m.meetingId });
    expect(listed.filter((r) => summary.created.includes(r.id))).toHaveLength(2);
  });

  it('takes the same Word file in once: imported again, alone or twice in a batch, it changes nothing', async () => {
    const before = rap.dump();
    const again = await importFiles(rap.store.ctx, [wordFile, wordFile], { meetingId: m.meetingId });
    expect(again.created).toEqual([]);
    expect(again.noChange).toBe(true);
    expect(again.wordFiles.map((w) => w.alreadyImported)).toEqual([true, true]);
    expect(rap.dump()).toBe(before);
  });
});
