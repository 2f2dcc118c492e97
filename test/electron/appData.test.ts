/**
 * The desktop app's duties towards the data, with a fake Electron and real files: it holds the
 * database's lock while open (so the command line is refused) and gives it back on quit; it will not
 * start on a database another live process holds; it backs up an existing database at start.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireDatabaseLock } from '../../electron/main/db/lock';
import { openDatabase } from '../../electron/main/db/open';
import { PalabreError } from '../../shared/errors';
import { startHolder, type Holder } from '../helpers/processes';
import type * as Fake from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let work: string;
let dbPath: string;
let fake: typeof Fake;
let holder: Holder | undefined;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'palabre-appdata-'));
  dbPath = join(work, 'profile', 'palabre.sqlite');
  vi.resetModules();
  fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron();
  fake.app.userData = join(work, 'profile');
  fake.app.appPath = work;
  vi.stubEnv('PALABRE_DB', '');
});

afterEach(async () => {
  fake.app.emit('will-quit');
  await holder?.kill();
  holder = undefined;
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

async function startApp(): Promise<void> {
  await import('../../electron/main/index');
}

function lockRefusal(): PalabreError | undefined {
  try {
    acquireDatabaseLock(dbPath, 'cli').release();
    return undefined;
  } catch (error) {
    return error as PalabreError;
  }
}

describe('the app and its database file', () => {
  it('holds the lock while open, and releases it on quit', async () => {
    await startApp();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    expect(lockRefusal()?.code).toBe('db_locked');
    fake.app.emit('will-quit');
    expect(lockRefusal()).toBeUndefined();
  });

  it('does not start on a database another process holds, and says why in the system language', async () => {
    mkdirSync(join(work, 'profile'));
    (await openDatabase(dbPath)).close();
    holder = await startHolder(dbPath);
    await startApp();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Palabre ne peut pas démarrer');
    expect(message, message).toContain(`déjà ouverte par la fenêtre de Palabre (processus ${holder.pid}`);
    // The other process's lock is left as it was.
    expect(lockRefusal()?.code).toBe('db_locked');
  });

  it('backs up an existing database at start, and not a brand-new one', async () => {
    await startApp();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    expect(readdirSync(join(work, 'profile'))).not.toContain('backups');
    fake.app.emit('will-quit');

    vi.resetModules();
    fake = (await import('electron')) as unknown as typeof Fake;
    fake.resetFakeElectron();
    fake.app.userData = join(work, 'profile');
    fake.app.appPath = work;
    await startApp();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const backups = readdirSync(join(work, 'profile', 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^palabre\.sqlite\.v\d+\..+\.start\.sqlite$/);
  });
});
