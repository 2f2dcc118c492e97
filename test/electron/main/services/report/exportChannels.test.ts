/**
 * The export through the dispatcher, as the renderer's dialog will call it: the outline preview, and
 * the export to a destination the main process chose (a token, never a path), written atomically.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { seedDemoMeeting } from '../../../../../electron/main/services/demo';
import { writeFileAtomic } from '../../../../../electron/main/services/report/atomicWrite';
import { exportReport } from '../../../../../electron/main/services/report/export';
import type { PalabreError } from '../../../../../shared/errors';
import { convert, squash } from '../../../../helpers/libreoffice';
import { makePng } from '../../../../helpers/png';
import { errorOf, makeTempDir, openTempStore, removeTempDir, type TempStore } from '../../../../helpers/tempDb';

describe('report:outline and report:export', { timeout: 120_000 }, () => {
  let store: TempStore;
  let meetingId: string;
  beforeAll(async () => {
    store = await openTempStore();
    meetingId = seedDemoMeeting(store.ctx).meetingId;
  });
  afterAll(() => store.cleanup());

  it('previews the outline: committees, numbers, titles and counts, for the statuses asked', async () => {
    const meeting = await call(store.dispatch, 'meeting:get', { meetingId });
    const outline = await call(store.dispatch, 'report:outline', { meetingId });
    const numbered = meeting.recommendations.filter((r) => r.number);
    expect(outline.recommendationCount).toBe(numbered.length);
    expect(outline.committees.map((c) => c.name)).toEqual(meeting.committees.map((c) => c.name));
    expect(outline.committees.flatMap((c) => c.recommendations.map((r) => `${r.number} ${r.title}`))).toEqual(numbered.map((r) => `${r.number} ${r.title}`));
    expect(outline.participantCount).toBe(meeting.participants.length);
    expect(outline.delegationCount).toBe(meeting.delegations.length);
    expect(outline.milestone).toBeNull();
    const adopted = await call(store.dispatch, 'report:outline', { meetingId, statuses: ['adopted'] });
    expect(adopted.committees.flatMap((c) => c.recommendations.map((r) => r.status))).toEqual(numbered.filter((r) => r.status === 'adopted').map(() => 'adopted'));
  });

  it('writes the report where the save dialog said, returning the file name only; only a token granted for writing', async () => {
    const dir = makeTempDir();
    try {
      const path = join(dir, 'Rapport final.docx');
      const targetToken = store.ctx.files.grant(path, 'write');
      const logoPath = join(dir, 'logo.png');
      writeFileSync(logoPath, makePng(200, 80));
      const logoToken = store.ctx.files.grant(logoPath, 'read');
      const result = await call(store.dispatch, 'report:export', { meetingId, kind: 'final', locale: 'en', targetToken, logoToken });
      expect(result).toEqual({ kind: 'final', fileName: 'Rapport final.docx', bytes: readFileSync(path).length, recommendationCount: 11 });
      expect(JSON.stringify(result)).not.toContain(dir);
      const fodt = await convert(readFileSync(path), 'fodt');
      // The logo is on the cover, before the organisation and the title.
      const image = fodt.indexOf('<draw:image');
      expect(image).toBeGreaterThan(0);
      expect(image).toBeLessThan(fodt.indexOf('Confédération des États du Sahel', fodt.indexOf('<office:body>')));
      expect(squash(fodt)).toContain('Final report');
      // A token the dialogs never granted, or a logo's (read) token, cannot stand for a destination, and nothing is written.
      const before = readFileSync(path);
      const unknown = errorOf(await store.dispatch('report:export', { meetingId, kind: 'final', targetToken: 'abcdefghijklmnopqrstuvwx' }));
      expect(unknown.code).toBe('unknown_file_token');
      expect(unknown.message.fr).toBe('Ce fichier n’a pas été choisi dans cette session (jeton inconnu ou expiré).');
      expect(errorOf(await store.dispatch('report:export', { meetingId, kind: 'final', targetToken: store.ctx.files.grant(path, 'read') })).code).toBe('unknown_file_token');
      expect(errorOf(await store.dispatch('report:export', { meetingId, kind: 'final', targetToken, logoToken: store.ctx.files.grant(logoPath, 'write') })).code).toBe('unknown_file_token');
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['Rapport final.docx', 'logo.png']);
    } finally {
      removeTempDir(dir);
    }
  });

  it('reports its progress: the count, each recommendation gathered, then building, packing and writing', async () => {
    const dir = makeTempDir();
    try {
      const events: string[] = [];
      const result = await exportReport(
        store.ctx,
        { meetingId, kind: 'review', locale: 'fr', milestoneId: null, sinceMilestoneId: null, statuses: null, logo: null },
        join(dir, 'revision.docx'),
        (p) => events.push(`${p.phase} ${p.done}/${p.total}`),
      );
      // The first step, before any recommendation, already tells the window how many there are.
      const gathered = Array.from({ length: result.recommendationCount + 1 }, (_, i) => `gather ${i}/${result.recommendationCount}`);
      expect(events).toEqual([...gathered, 'build 0/1', 'pack 0/1', 'write 0/1', 'write 1/1']);
    } finally {
      removeTempDir(dir);
    }
  });

  it('lets the main process serve other work while it gathers a large meeting', async () => {
    const meeting = await call(store.dispatch, 'meeting:create', { title: 'Soixante recommandations' });
    const committee = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Commission' });
    for (let i = 1; i <= 60; i++) await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title: `Recommandation ${i}` });
    const dir = makeTempDir();
    try {
      const gathered: number[] = [];
      // Work queued before the export (another call, an event to the window) runs between two
      // batches of recommendations, not after the whole gathering.
      let servedAfter: number | null = null;
      setImmediate(() => (servedAfter = gathered.length));
      await exportReport(
        store.ctx,
        { meetingId: meeting.id, kind: 'final', locale: 'fr', milestoneId: null, sinceMilestoneId: null, statuses: null, logo: null },
        join(dir, 'soixante.docx'),
        (p) => {
          if (p.phase === 'gather') gathered.push(p.done);
        },
      );
      expect(gathered.at(-1)).toBe(60);
      expect(servedAfter).not.toBeNull();
      expect(servedAfter!).toBeLessThan(gathered.length);
    } finally {
      removeTempDir(dir);
    }
  });

  it('refuses a broken logo before writing anything, and a path where a token is expected', async () => {
    const dir = makeTempDir();
    try {
      const path = join(dir, 'report.docx');
      writeFileSync(path, 'the previous report');
      const logo = join(dir, 'logo.png');
      writeFileSync(logo, 'not a picture');
      const error = errorOf(
        await store.dispatch('report:export', { meetingId, kind: 'final', targetToken: store.ctx.files.grant(path, 'write'), logoToken: store.ctx.files.grant(logo, 'read') }),
      );
      expect(error.code).toBe('logo_invalid');
      expect(error.message.en).toMatch(/^This logo is not a valid PNG or JPEG image/);
      expect(readFileSync(path, 'utf8')).toBe('the previous report');
      expect(readdirSync(dir).sort()).toEqual(['logo.png', 'report.docx']);
      expect(errorOf(await store.dispatch('report:export', { meetingId, kind: 'final', targetToken: path })).code).toBe('invalid_input');
      expect(errorOf(await store.dispatch('report:export', { meetingId, kind: 'poster', targetToken: store.ctx.files.grant(path, 'write') })).code).toBe('invalid_input');
    } finally {
      removeTempDir(dir);
    }
  });
});

describe('writing a report atomically', () => {
  it('leaves the old file whole when the write is interrupted before the rename, and no temporary file', () => {
    const dir = makeTempDir();
    try {
      const path = join(dir, 'report.docx');
      writeFileSync(path, 'old report');
      expect(() =>
        writeFileAtomic(path, new TextEncoder().encode('new report'), {
          beforeRename: (temporary) => {
            // The new bytes are complete and on disk beside the target, in the same folder.
            expect(readFileSync(temporary, 'utf8')).toBe('new report');
            expect(join(temporary, '..')).toBe(dir);
            throw new Error('power cut');
          },
        }),
      ).toThrow(/The report could not be written/);
      expect(readFileSync(path, 'utf8')).toBe('old report');
      expect(readdirSync(dir)).toEqual(['report.docx']);
      writeFileAtomic(path, new TextEncoder().encode('new report'));
      expect(readFileSync(path, 'utf8')).toBe('new report');
      expect(readdirSync(dir)).toEqual(['report.docx']);
    } finally {
      removeTempDir(dir);
    }
  });

  it('says why when the folder is missing or the target is a folder, and creates nothing', () => {
    const dir = makeTempDir();
    try {
      expect(() => writeFileAtomic(join(dir, 'missing', 'report.docx'), new Uint8Array([1]))).toThrow(/folder not found/);
      expect(() => writeFileAtomic(dir, new Uint8Array([1]))).toThrow(/could not be written: palabre-test-\w+ \(it is a folder\)/);
      const refusal = (() => {
        try {
          writeFileAtomic(join(dir, 'missing', 'report.docx'), new Uint8Array([1]));
        } catch (error) {
          return error as PalabreError;
        }
        throw new Error('expected a refusal');
      })();
      expect(refusal.toValue().message.fr).toBe('Impossible d’écrire le rapport\u00A0: report.docx (dossier introuvable)\u202F; aucun fichier existant n’a été modifié.');
      expect(existsSync(join(dir, 'missing'))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      removeTempDir(dir);
    }
  });
});
