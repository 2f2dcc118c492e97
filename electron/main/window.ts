/**
 * The main window and what it may do. The renderer is treated as untrusted web content: no Node, a
 * sandbox, a strict CSP, no navigation away from our page, no new windows, no webviews, no
 * permissions. Closing waits (briefly) for the renderer to flush the edits it has not saved yet.
 */
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';
import type { AppEvent, EventPayloads } from '../../shared/contract/events';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { isAllowedExternalUrl } from './security/externalLinks';
import { isOwnPage } from './security/ownPage';

/** How long a closing window waits for the renderer's `app:ready-to-close` before closing anyway. */
export const CLOSE_FLUSH_TIMEOUT_MS = 3000;

/** Spell-checking follows the meeting's working languages when the platform has the dictionaries. */
const SPELLCHECK_LANGUAGES = ['fr', 'fr-FR', 'en-GB', 'en-US'];

export interface MainWindowOptions {
  preloadPath: string;
  indexHtmlPath: string;
  closeFlushTimeoutMs?: number;
  /**
   * Called with an `https:` or `mailto:` link the page tried to open (isAllowedExternalUrl); the
   * caller asks the user before handing it to the system. Without it, links go nowhere.
   */
  openExternal?: (url: string) => void;
}

export interface MainWindow {
  window: BrowserWindow;
  /** The `file:` URL of our page: the only page this window may show or take IPC from. */
  appUrl: string;
  /** Sends a main-process event to the renderer. */
  send<E extends AppEvent>(event: E, payload: EventPayloads[E]): void;
  /** The renderer has flushed its edits: finish a close that is waiting for it. */
  readyToClose(): void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    title: 'Palabre',
    backgroundColor: '#ffffff',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  });
  const appUrl = pathToFileURL(options.indexHtmlPath).href;
  const contents = window.webContents;

  hardenSession(contents.session);
  guardNavigation(contents, appUrl, options.openExternal);
  const close = flushBeforeClose(window, options.closeFlushTimeoutMs ?? CLOSE_FLUSH_TIMEOUT_MS);

  window.once('ready-to-show', () => window.show());
  void window.loadFile(options.indexHtmlPath);

  return {
    window,
    appUrl,
    send: (event, payload) => {
      if (!contents.isDestroyed()) contents.send(event, payload);
    },
    readyToClose: close.readyToClose,
  };
}

/**
 * Our page, and only our page: every other navigation, redirect, popup or webview is refused. A link
 * the user clicked (a navigation or a new window) to an https: page or a mailto: address is offered
 * to the system instead, after confirmation; the window itself never shows it.
 */
function guardNavigation(contents: WebContents, appUrl: string, openExternal: ((url: string) => void) | undefined): void {
  const offer = (url: string) => {
    if (openExternal && isAllowedExternalUrl(url)) openExternal(url);
  };
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isOwnPage(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => {
    if (isOwnPage(event.url, appUrl)) return;
    event.preventDefault();
    offer(event.url);
  });
  contents.on('will-redirect', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.setWindowOpenHandler(({ url }) => {
    offer(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The session serves only our files. The CSP is also in index.html's meta tag; the header covers any
 * response the meta tag would not (and a renderer built without it).
 */
function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No network, ever: only our own files (and in-memory data) load. This also stops the spell-checker
  // from fetching dictionaries from the internet; it uses those the system has.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalResource(details.url) }));
  session.setSpellCheckerDictionaryDownloadURL(pathToFileURL(`${__dirname}/dictionaries/`).href);
  if (process.platform !== 'darwin') {
    const available = new Set(session.availableSpellCheckerLanguages ?? []);
    const languages = SPELLCHECK_LANGUAGES.filter((language) => available.has(language));
    if (languages.length > 0) session.setSpellCheckerLanguages(languages);
  }
}

/** Our files, in-memory data and the developer tools; nothing that would leave the machine. */
export function isLocalResource(url: string): boolean {
  try {
    return ['file:', 'data:', 'blob:', 'devtools:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The first close is held back: the renderer gets `app:before-close`, saves what is pending, and
 * answers `app:ready-to-close`. A renderer that never answers (hung, crashed) delays the close by
 * at most `timeoutMs`. An answer nobody asked for does nothing: the renderer cannot close the window.
 */
function flushBeforeClose(window: BrowserWindow, timeoutMs: number): { readyToClose(): void } {
  let flushRequested = false;
  let mayClose = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const closeNow = () => {
    if (mayClose) return;
    mayClose = true;
    clearTimeout(timer);
    if (!window.isDestroyed()) window.close();
  };

  window.on('close', (event) => {
    if (mayClose) return;
    event.preventDefault();
    if (flushRequested) return;
    flushRequested = true;
    const contents = window.webContents;
    if (contents.isDestroyed() || contents.isCrashed()) {
      closeNow();
      return;
    }
    contents.send('app:before-close', {} satisfies EventPayloads['app:before-close']);
    timer = setTimeout(closeNow, timeoutMs);
  });
  window.on('closed', () => clearTimeout(timer));

  return {
    readyToClose: () => {
      if (flushRequested) closeNow();
    },
  };
}
