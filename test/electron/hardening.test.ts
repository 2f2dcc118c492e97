/**
 * The gaps the other glue tests leave: tricky URLs against our own-page check, which links may leave
 * the app and only after the user agrees, and the guard on every web contents, not only our window's.
 */
import { pathToFileURL } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl } from '../../electron/main/security/externalLinks';
import { isOwnPage, isTrustedSender } from '../../electron/main/security/ownPage';
import { createMainWindow } from '../../electron/main/window';
import type * as Fake from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const indexHtmlPath = '/opt/Palabre/out/renderer/index.html';
const appUrl = pathToFileURL(indexHtmlPath).href;

/** URLs built to look like ours, or to slip past a string comparison. */
const TRICKY = [
  'file:///opt/Palabre/out/renderer/index.html/../../../../etc/passwd',
  'file:///opt/Palabre/out/renderer/index.html%2F..%2F..%2Fsecret.html',
  'file:///opt/Palabre/out/renderer/index.htm',
  'file:///opt/Palabre/out/renderer/index.html.evil.html',
  'file:///OPT/Palabre/out/renderer/index.html',
  'file://attacker.example/opt/Palabre/out/renderer/index.html',
  'file:////attacker.example/share/index.html',
  'file:\\\\attacker.example\\share\\index.html',
  'http://localhost.evil/opt/Palabre/out/renderer/index.html',
  'http://localhost/opt/Palabre/out/renderer/index.html',
  'https://appurl@evil.example/opt/Palabre/out/renderer/index.html',
  'file://user:password@/opt/Palabre/out/renderer/index.html',
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:file:///0c4b7a1e-1111-4111-8111-111111111111',
  'view-source:file:///opt/Palabre/out/renderer/index.html',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'about:blank',
];

describe('our own page, against tricky URLs', () => {
  it('refuses each of them, for navigation and for IPC', () => {
    for (const url of TRICKY) {
      expect(isOwnPage(url, appUrl), url).toBe(false);
      expect(isTrustedSender(url, appUrl), url).toBe(false);
    }
  });

  it('still accepts our page written the ways the URL parser makes equal', () => {
    for (const url of [appUrl, 'file://localhost/opt/Palabre/out/renderer/index.html', `${appUrl}#/meeting/1`]) {
      expect(isOwnPage(url, appUrl), url).toBe(true);
    }
  });
});

describe('links that may leave the app', () => {
  it('are https: pages and mailto: addresses only', () => {
    for (const url of ['https://www.example.org/rapport', 'https://example.org:8443/x?y=1#z', 'mailto:secretariat@example.org', 'mailto:a@example.org?subject=Rapport%20final']) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/etc/passwd',
      'https://bank.example@evil.example/',
      'https://user:pass@example.org/',
      'mailto:',
      'https//example.org',
      '',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('the main window and links', () => {
  let fake: typeof Fake;
  beforeEach(async () => {
    fake = (await import('electron')) as unknown as typeof Fake;
    fake.resetFakeElectron();
  });

  it('offers https: and mailto: links (clicked or opened as a new window) to the caller, never showing them itself', () => {
    const openExternal = vi.fn();
    createMainWindow({ preloadPath: '/opt/Palabre/out/preload/index.cjs', indexHtmlPath, openExternal });
    const contents = fake.BrowserWindow.instances.at(-1)!.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://www.example.org/rapport' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-navigate', { url: 'mailto:secretariat@example.org' }).defaultPrevented).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://www.example.org/rapport'], ['mailto:secretariat@example.org']]);

    openExternal.mockClear();
    for (const url of TRICKY) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(contents.fire('will-navigate', { url }).defaultPrevented, url).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('the running app', () => {
  let work: string;
  let fake: typeof Fake;
  beforeEach(async () => {
    work = mkdtempSync(join(tmpdir(), 'palabre-hardening-'));
    vi.resetModules();
    fake = (await import('electron')) as unknown as typeof Fake;
    fake.resetFakeElectron();
    fake.app.userData = join(work, 'profile');
    fake.app.appPath = work;
    vi.stubEnv('PALABRE_DB', '');
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
  });
  afterEach(() => {
    fake.app.emit('will-quit');
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
  });

  it('opens a link in the system only when the user chooses Open, Cancel being the default', async () => {
    const contents = fake.BrowserWindow.instances[0]!.webContents;
    // The fake dialog answers 0: Cancel.
    contents.windowOpenHandler?.({ url: 'https://www.example.org/rapport' });
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce());
    const options = fake.dialog.showMessageBox.mock.calls[0]!.at(-1) as { buttons: string[]; defaultId: number; cancelId: number; detail: string };
    expect(options).toMatchObject({ buttons: ['Annuler', 'Ouvrir'], defaultId: 0, cancelId: 0 });
    expect(options.detail).toContain('https://www.example.org/rapport');
    await new Promise((tick) => setImmediate(tick));
    expect(fake.shell.openExternal).not.toHaveBeenCalled();

    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    contents.windowOpenHandler?.({ url: 'mailto:secretariat@example.org' });
    await vi.waitFor(() => expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('mailto:secretariat@example.org'));
  });

  it('asks nothing and opens nothing for a link that may not leave', async () => {
    const contents = fake.BrowserWindow.instances[0]!.webContents;
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://bank.example@evil.example/']) contents.windowOpenHandler?.({ url });
    await new Promise((tick) => setImmediate(tick));
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('guards any other web contents too: no popup, no webview', () => {
    const other = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(other.fire('will-attach-webview').defaultPrevented).toBe(true);
  });

  it('gives every window it creates the locked-down web preferences', () => {
    for (const window of fake.BrowserWindow.instances) {
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
      });
      expect(window.options.webPreferences).not.toHaveProperty('experimentalFeatures');
      expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    }
    expect(fake.app.enableSandbox).toHaveBeenCalled();
  });
});
