/**
 * The desktop app's start, end to end with a fake Electron and a real SQLite file: one instance,
 * the database opened (or a plain explanation when it cannot be), the window, the menu and the IPC.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract/channelNames';
import type * as Fake from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let work: string;
let fake: typeof Fake;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'palabre-lifecycle-'));
  // A fresh main process each time; `electron` is whatever fake the mock registry holds.
  vi.resetModules();
  fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron();
  fake.app.userData = join(work, 'profile');
  fake.app.appPath = work;
});

afterEach(() => {
  fake.app.emit('will-quit');
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

async function startApp() {
  await import('../../electron/main/index');
}

describe('starting Palabre', () => {
  it('opens the profile database, then the window, the menu and every IPC channel', async () => {
    vi.stubEnv('PALABRE_DB', '');
    await startApp();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(fake.menuItems(fake.Menu.current).map((item) => item.label)).toContain('Nouvelle recommandation');

    const window = fake.BrowserWindow.instances[0]!;
    const info = (await fake.ipcMain.invoke('app:info', { sender: window.webContents, senderFrame: window.webContents.mainFrame }, {})) as {
      ok: true;
      value: { databasePath: string; version: string };
    };
    expect(info.value.databasePath).toBe(join(work, 'profile', 'palabre.sqlite'));
    expect(info.value.version).toBe('0.1.0-test');
  });

  it('uses the database named by PALABRE_DB, and rebuilds the menu when the renderer changes language', async () => {
    vi.stubEnv('PALABRE_DB', join(work, 'elsewhere.sqlite'));
    await startApp();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const contents = fake.BrowserWindow.instances[0]!.webContents;
    const trusted = { sender: contents, senderFrame: contents.mainFrame };
    const info = (await fake.ipcMain.invoke('app:info', trusted, {})) as { value: { databasePath: string } };
    expect(info.value.databasePath).toBe(join(work, 'elsewhere.sqlite'));

    await fake.ipcMain.invoke('settings:setLocale', trusted, { locale: 'en' });
    expect(fake.menuItems(fake.Menu.current).map((item) => item.label)).toContain('New recommendation');
  });

  it('explains in the system language why the database cannot open, and quits without a window', async () => {
    const broken = join(work, 'broken.sqlite');
    writeFileSync(broken, 'Ceci n’est pas une base de données SQLite, mais un simple fichier texte.'.repeat(200));
    vi.stubEnv('PALABRE_DB', broken);
    await startApp();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Palabre ne peut pas démarrer');
    expect(message).toContain('base de données');
    expect(message).toContain(broken);
    expect(message).not.toMatch(/^\s+at /m);
  });

  it('speaks English in that message on an English system', async () => {
    fake.app.preferredLanguages = ['en-GB'];
    const broken = join(work, 'broken.sqlite');
    writeFileSync(broken, 'not a database '.repeat(500));
    vi.stubEnv('PALABRE_DB', broken);
    await startApp();
    await vi.waitFor(() => expect(fake.dialog.showErrorBox).toHaveBeenCalled());
    expect(fake.dialog.showErrorBox.mock.calls[0]![0]).toBe('Palabre cannot start');
  });

  it('leaves at once when Palabre is already running, and the running one comes to the front', async () => {
    fake.app.hasLock = false;
    await startApp();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('brings the existing window forward when a second instance starts', async () => {
    vi.stubEnv('PALABRE_DB', '');
    await startApp();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const window = fake.BrowserWindow.instances[0]!;
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });
});
