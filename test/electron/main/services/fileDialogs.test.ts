/** The file dialogs' channels over a real database: tokens, never paths; wrong kinds and cancels change nothing. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import type { DialogPort } from '../../../../electron/main/services/fileDialogs';
import { sanitiseFileName } from '../../../../electron/main/services/fileDialogs';
import { makeTempDir, openTempStore, removeTempDir, type TempStore } from '../../../helpers/tempDb';

describe('file dialogs', () => {
  let store: TempStore | undefined;
  const dirs: string[] = [];
  afterEach(() => {
    store?.cleanup();
    dirs.splice(0).forEach(removeTempDir);
  });

  async function withDialogs(port: DialogPort): Promise<TempStore> {
    store = await openTempStore();
    store.ctx.dialogs = port;
    const staging = makeTempDir();
    dirs.push(staging);
    store.ctx.stagingDir = staging;
    return store;
  }

  it('grants read tokens for the picked files, keeps only the accepted kinds, and shows no path', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const files = ['Contribution d’Awa.palabre', 'rapport.DOCX', 'notes.txt'].map((name) => join(dir, name));
    files.forEach((file, i) => writeFileSync(file, 'x'.repeat(i + 1)));
    const s = await withDialogs({ chooseOpen: () => Promise.resolve(files), chooseSave: () => Promise.resolve(null) });
    const { files: chosen } = await call(s.dispatch, 'file:chooseOpen', { purpose: 'import' });
    expect(chosen.map((f) => [f.name, f.size])).toEqual([['Contribution d’Awa.palabre', 1], ['rapport.DOCX', 2]]);
    expect(JSON.stringify(chosen)).not.toContain(dir);
    expect(s.ctx.files.resolve(chosen[0]!.token, 'read')).toBe(files[0]);
    expect(() => s.ctx.files.resolve(chosen[0]!.token, 'write')).toThrow();
  });

  it('answers an empty list when cancelled and a clear message for a file of the wrong kind', async () => {
    const s = await withDialogs({ chooseOpen: ({ purpose }) => Promise.resolve(purpose === 'logo' ? ['/nowhere/logo.gif'] : []), chooseSave: () => Promise.resolve(null) });
    expect(await call(s.dispatch, 'file:chooseOpen', { purpose: 'import' })).toEqual({ files: [] });
    const refused = await s.dispatch('file:chooseOpen', { purpose: 'logo' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('file_wrong_kind');
      expect(refused.error.message.fr).toContain('.png, .jpg, .jpeg');
    }
  });

  it('grants a write token on save, adds the missing extension, and answers null when cancelled', async () => {
    const asked: string[] = [];
    let answer: string | null = '/dossier/Contribution';
    const s = await withDialogs({
      chooseOpen: () => Promise.resolve([]),
      chooseSave: ({ suggestedName }) => {
        asked.push(suggestedName);
        return Promise.resolve(answer);
      },
    });
    const saved = await call(s.dispatch, 'file:chooseSave', { purpose: 'package', suggestedName: 'Contribution de la France' });
    expect(asked).toEqual(['Contribution de la France.palabre']);
    expect(saved?.name).toBe('Contribution.palabre');
    expect(s.ctx.files.resolve(saved!.token, 'write')).toBe('/dossier/Contribution.palabre');
    answer = null;
    expect(await call(s.dispatch, 'file:chooseSave', { purpose: 'report', suggestedName: 'Rapport' })).toBeNull();
  });

  it('stages a dropped file under a clean name, readable through its token', async () => {
    const s = await withDialogs({ chooseOpen: () => Promise.resolve([]), chooseSave: () => Promise.resolve(null) });
    const bytes = Buffer.from('PK contenu « réunion »');
    const staged = await call(s.dispatch, 'file:stage', { name: '../../etc/Réunion: été.palabre', contentBase64: bytes.toString('base64') });
    expect(staged.name).toBe('Réunion_ été.palabre');
    expect(staged.size).toBe(bytes.length);
    const path = s.ctx.files.resolve(staged.token, 'read');
    expect(path.startsWith(s.ctx.stagingDir)).toBe(true);
    expect(readFileSync(path)).toEqual(bytes);
    const refused = await s.dispatch('file:stage', { name: 'script.exe', contentBase64: 'AAAA' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('file_wrong_kind');
  });

  it('sanitises names: no folder, no control or reserved characters, no leading dots', () => {
    expect(sanitiseFileName('C:\\Users\\awa\\..\\rapport.docx')).toBe('rapport.docx');
    expect(sanitiseFileName('..hidden\u0000.palabre')).toBe('hidden_.palabre');
    expect(sanitiseFileName('')).toBe('fichier');
    expect(sanitiseFileName(`${'é'.repeat(300)}.docx`)).toHaveLength(120);
  });
});
