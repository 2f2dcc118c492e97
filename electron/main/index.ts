/**
 * The desktop app's lifecycle: one instance, one database, one window. Everything that can be decided
 * without Electron lives in startup.ts, nativeBinding.ts and menuTemplate.ts (unit tested); this file
 * only puts the pieces together.
 */
import { app } from 'electron';
import type { Database } from 'better-sqlite3';
import type { Locale } from '../../shared/domain/types';
import { existsSync } from 'node:fs';
import { acquireDatabaseLock, type DatabaseLock } from './db/lock';
import { openDatabase } from './db/open';
import { confirmOpenExternal, createElectronDialogs, showAbout, showStartupError } from './dialogs';
import { createDispatcher, type Dispatch } from './handlers';
import { registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { resolveNativeBinding } from './nativeBinding';
import { backupNow, startPeriodicBackups } from './services/backups';
import { startIdleCheckpoints } from './services/idleCheckpoint';
import { createContext } from './services/context';
import { currentLocale } from './services/profile';
import { builtFiles, databasePath, startupErrorText, systemLocale } from './startup';
import { createMainWindow, type MainWindow } from './window';

// Every renderer runs sandboxed, whatever a window's own options say.
app.enableSandbox();

// Any web contents, not only our window's (a window a future feature opens, devtools' own pages):
// no webview, no popup. Our window then installs its own, finer guards (window.ts).
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

if (!app.requestSingleInstanceLock()) {
  // Another Palabre is running on this profile: it comes to the front (second-instance), this one leaves.
  app.quit();
} else {
  let main: MainWindow | undefined;
  app.on('second-instance', () => {
    if (!main || main.window.isDestroyed()) return;
    if (main.window.isMinimized()) main.window.restore();
    main.window.show();
    main.window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(async () => {
      main = await start();
    })
    .catch((error: unknown) => {
      showStartupError(startupErrorText(error, systemLocale(app.getPreferredSystemLanguages()), ''));
      app.quit();
    });
}

async function start(): Promise<MainWindow | undefined> {
  const dbPath = databasePath(app.getPath('userData'), process.env);
  const nativeBinding = resolveNativeBinding({
    appRoot: app.getAppPath(),
    electronVersion: process.versions.electron ?? '',
    platform: process.platform,
    arch: process.arch,
    env: process.env,
  });
  const existed = existsSync(dbPath);
  let lock: DatabaseLock | undefined;
  let db: Database;
  try {
    // One writer per file: a command line (or another profile pointed here) holding it is refused.
    lock = acquireDatabaseLock(dbPath, 'app', { nativeBinding });
    db = await openDatabase(dbPath, { nativeBinding });
  } catch (error) {
    lock?.release();
    // The database cannot tell us the user's language: the system's is the best guess.
    showStartupError(startupErrorText(error, systemLocale(app.getPreferredSystemLanguages()), dbPath));
    app.quit();
    return undefined;
  }

  // The window is made below; the dialogs look it up when they are shown.
  const shownOn: { main?: MainWindow } = {};
  const ctx = createContext(db, {
    databasePath: dbPath,
    appVersion: app.getVersion(),
    nativeBinding,
    dialogs: createElectronDialogs(() => shownOn.main?.window),
    emit: (event, payload) => shownOn.main?.send(event, payload),
  });
  // A backup of what the user had when they left (a new, empty file has nothing to keep), then every
  // half hour while something changes. A failed backup is logged: it must not stop the app.
  if (existed) await backupNow(ctx, 'start').catch((error: unknown) => console.error(error));
  const periodic = startPeriodicBackups(ctx, { onError: (error) => console.error(error) });
  const checkpoints = startIdleCheckpoints(ctx, { onError: (error) => console.error(error) });
  app.on('will-quit', () => {
    periodic.stop();
    checkpoints.stop();
    // Dropped files never imported: not left in the temporary folder.
    ctx.staging.discardAll();
    // ctx.db, not db: a restore replaces the connection.
    if (ctx.db.open) ctx.db.close();
    lock?.release();
  });

  const dispatch = createDispatcher(ctx, (error) => console.error(error));
  const files = builtFiles(__dirname);
  const main: MainWindow = createMainWindow({
    preloadPath: files.preload,
    indexHtmlPath: files.indexHtml,
    openExternal: (url) => void confirmOpenExternal(main.window, currentLocale(ctx), url).catch((error: unknown) => console.error(error)),
  });

  const menu = installAppMenu({
    locale: currentLocale(ctx),
    isPackaged: app.isPackaged,
    dispatch,
    sendCommand: (command) => main.send('menu:command', { command }),
    showAbout: (locale) => showAbout(main.window, locale, { version: app.getVersion(), databasePath: dbPath }),
  });

  registerIpc({
    dispatch: followLocale(dispatch, (locale) => menu.setLocale(locale)),
    trustedWindow: () => (main.window.isDestroyed() ? undefined : { webContents: main.window.webContents, appUrl: main.appUrl }),
    onReadyToClose: main.readyToClose,
    onRefused: (channel, url) => console.warn(`IPC refused on ${channel} from ${url || 'an unknown frame'}`),
  });
  shownOn.main = main;
  return main;
}

/** When the renderer changes the language itself, the menu follows. */
function followLocale(dispatch: Dispatch, onLocale: (locale: Locale) => void): Dispatch {
  return async (channel, payload) => {
    const result = await dispatch(channel, payload);
    if (channel === 'settings:setLocale' && result.ok) onLocale((result.value as { locale: Locale }).locale);
    return result;
  };
}
