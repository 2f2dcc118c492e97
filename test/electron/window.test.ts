import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { CLOSE_FLUSH_TIMEOUT_MS, createMainWindow } from '../../electron/main/window';
import { BrowserWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const preloadPath = '/opt/Palabre/out/preload/index.cjs';
const indexHtmlPath = '/opt/Palabre/out/renderer/index.html';
const appUrl = pathToFileURL(indexHtmlPath).href;

function open() {
  const main = createMainWindow({ preloadPath, indexHtmlPath });
  const fake = BrowserWindow.instances.at(-1)!;
  return { main, fake, contents: fake.webContents, session: fake.webContents.session };
}

beforeEach(() => resetFakeElectron());
afterEach(() => vi.useRealTimers());

describe('main window', () => {
  it('isolates the renderer: sandbox, no Node anywhere, web security, no webviews, spell-checking on', () => {
    const { fake } = open();
    expect(fake.options.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: true,
    });
  });

  it('loads the built renderer from disk and reports its file URL as the app page', () => {
    const { main, fake } = open();
    expect(fake.loadedFile).toBe(indexHtmlPath);
    expect(main.appUrl).toBe(appUrl);
  });

  it('refuses to navigate or be redirected anywhere but our own page', () => {
    const { contents } = open();
    const foreign = ['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'file:///opt/Palabre/out/renderer/other.html', 'javascript:alert(1)', 'data:text/html,<p>x</p>', 'not a url'];
    for (const url of foreign) {
      expect(contents.fire('will-navigate', { url }).defaultPrevented, url).toBe(true);
      expect(contents.fire('will-redirect', { url }).defaultPrevented, url).toBe(true);
      expect(contents.fire('will-frame-navigate', { url }).defaultPrevented, url).toBe(true);
    }
    for (const url of [appUrl, `${appUrl}#/meetings/1`]) {
      expect(contents.fire('will-navigate', { url }).defaultPrevented, url).toBe(false);
      expect(contents.fire('will-redirect', { url }).defaultPrevented, url).toBe(false);
    }
  });

  it('opens no new window, not even on our own page, and attaches no webview', () => {
    const { contents } = open();
    for (const url of ['https://example.org/', 'mailto:secretariat@example.org', appUrl]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true);
  });

  it('grants no permission, whether asked for or checked', () => {
    const { session, contents } = open();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(contents, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler?.(contents, permission, 'file:///', {})).toBe(false);
    }
  });

  it('sends our CSP on every response, replacing any other', () => {
    const { session } = open();
    const callback = vi.fn();
    session.headersListener?.(
      { url: appUrl, responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Kept': ['yes'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'X-Kept': ['yes'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('lets no request leave the machine, and fetches no spell-checker dictionary from the internet', () => {
    const { session } = open();
    const decide = (url: string) => {
      let cancelled: boolean | undefined;
      session.requestListener?.({ url }, (response) => (cancelled = response.cancel));
      return cancelled;
    };
    expect(decide('file:///app/out/renderer/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://example.org/tracker.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('ws://example.org/')).toBe(true);
    expect(decide('not a url')).toBe(true);
    expect(session.dictionaryDownloadUrl).toMatch(/^file:/);
  });

  it('shows the window only once it is ready to paint', () => {
    const { fake } = open();
    expect(fake.options.show).toBe(false);
    fake.emit('ready-to-show');
    expect(fake.shown).toBe(true);
  });
});

describe('closing the window', () => {
  it('first asks the renderer to flush its edits, then closes when it says it is done', () => {
    const { main, fake, contents } = open();
    fake.close();
    expect(fake.isDestroyed()).toBe(false);
    expect(contents.sent).toEqual([{ channel: 'app:before-close', payload: {} }]);

    // Clicking close again while the renderer saves does not ask twice nor close early.
    fake.close();
    expect(contents.sent).toHaveLength(1);
    expect(fake.isDestroyed()).toBe(false);

    main.readyToClose();
    expect(fake.isDestroyed()).toBe(true);
  });

  it('closes anyway when the renderer does not answer within 3 seconds', () => {
    vi.useFakeTimers();
    const { fake } = open();
    fake.close();
    vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS - 1);
    expect(fake.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(fake.isDestroyed()).toBe(true);
    expect(CLOSE_FLUSH_TIMEOUT_MS).toBe(3000);
  });

  it('does not let the renderer close the window when nobody asked', () => {
    const { main, fake } = open();
    main.readyToClose();
    expect(fake.isDestroyed()).toBe(false);
  });

  it('does not wait for a renderer that has crashed', () => {
    const { fake, contents } = open();
    contents.crashed = true;
    fake.close();
    expect(fake.isDestroyed()).toBe(true);
    expect(contents.sent).toEqual([]);
  });
});
