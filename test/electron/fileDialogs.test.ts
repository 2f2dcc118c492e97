/** The Electron adapter of the dialogs port: native dialogs on the window, titles and filters in the user's language. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronDialogs } from '../../electron/main/dialogs';
import { BrowserWindow, dialog, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

describe('Electron file dialogs', () => {
  beforeEach(() => resetFakeElectron());

  it('opens several import files on the window, with a French title and filter', async () => {
    const window = new BrowserWindow({});
    dialog.showOpenDialog.mockImplementation(() => Promise.resolve({ canceled: false, filePaths: ['/a/awa.palabre', '/a/rapport.docx'] }));
    const port = createElectronDialogs(() => window as never);
    const paths = await port.chooseOpen({ purpose: 'import', multiple: true, extensions: ['palabre', 'docx'], locale: 'fr' });
    expect(paths).toEqual(['/a/awa.palabre', '/a/rapport.docx']);
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      title: 'Importer des contributions',
      filters: [{ name: 'Paquets Palabre et documents Word', extensions: ['palabre', 'docx'] }],
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('answers nothing when the user cancels, and speaks English when asked', async () => {
    const port = createElectronDialogs(() => undefined);
    expect(await port.chooseOpen({ purpose: 'logo', multiple: false, extensions: ['png'], locale: 'en' })).toEqual([]);
    expect((dialog.showOpenDialog.mock.calls[0] as [Record<string, unknown>])[0]).toMatchObject({ title: 'Choose a logo', properties: ['openFile'] });
    expect(await port.chooseSave({ purpose: 'report', suggestedName: 'Report.docx', extension: 'docx', locale: 'en' })).toBeNull();
    expect((dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>])[0]).toMatchObject({ title: 'Export the report', defaultPath: 'Report.docx' });
  });

  it('returns the path picked in the save dialog', async () => {
    dialog.showSaveDialog.mockImplementation(() => Promise.resolve({ canceled: false, filePath: '/b/Paquet.palabre' }));
    const port = createElectronDialogs(() => new BrowserWindow({}) as never);
    expect(await port.chooseSave({ purpose: 'package', suggestedName: 'Paquet.palabre', extension: 'palabre', locale: 'fr' })).toBe('/b/Paquet.palabre');
    expect((dialog.showSaveDialog.mock.calls[0] as unknown[])[1]).toMatchObject({ title: 'Exporter un paquet', filters: [{ name: 'Paquet Palabre', extensions: ['palabre'] }] });
  });
});
