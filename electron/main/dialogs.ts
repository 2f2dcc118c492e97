/** Native dialogs of the main process. Their words come from dialogText.ts, in the user's language. */
import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { isAllowedExternalUrl } from './security/externalLinks';
import type { Locale } from '../../shared/domain/types';
import type { OpenPurpose, SavePurpose } from '../../shared/contract/fileChannels';
import { dialogText, type DialogTextKey } from './dialogText';
import type { DialogPort } from './services/fileDialogs';

/** Shown when Palabre cannot start (the database would not open): a reason, never a stack trace. */
export function showStartupError(text: { title: string; message: string }): void {
  dialog.showErrorBox(text.title, text.message);
}

export function showAbout(window: BrowserWindow | undefined, locale: Locale, info: { version: string; databasePath: string }): void {
  const options = {
    type: 'info' as const,
    title: dialogText('aboutTitle', locale),
    message: dialogText('aboutMessage', locale, { version: info.version }),
    detail: dialogText('aboutDetail', locale, { path: info.databasePath }),
    buttons: [dialogText('ok', locale)],
  };
  void (window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/**
 * Asks before a link leaves the app; Cancel is the default (Enter or Escape open nothing). The URL
 * is checked again here: this function is the last step before the system opens it.
 */
export async function confirmOpenExternal(window: BrowserWindow | undefined, locale: Locale, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  const options = {
    type: 'question' as const,
    title: dialogText('openExternalTitle', locale),
    message: dialogText('openExternalMessage', locale),
    detail: dialogText('openExternalDetail', locale, { url }),
    buttons: [dialogText('cancel', locale), dialogText('openExternalConfirm', locale)],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = await (window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  if (response !== 1) return false;
  await shell.openExternal(url);
  return true;
}

const OPEN_TEXT = {
  import: { title: 'openImportTitle', filter: 'filterImport' },
  logo: { title: 'openLogoTitle', filter: 'filterLogo' },
} as const satisfies Record<OpenPurpose, { title: DialogTextKey; filter: DialogTextKey }>;

const SAVE_TEXT = {
  package: { title: 'savePackageTitle', filter: 'filterPackage' },
  report: { title: 'saveReportTitle', filter: 'filterReport' },
} as const satisfies Record<SavePurpose, { title: DialogTextKey; filter: DialogTextKey }>;

/**
 * The `dialogs` port of the service context, with Electron's native dialogs attached to the window
 * (modal, so the user answers before going on). Paths stay in the main process: the services grant tokens.
 */
export function createElectronDialogs(getWindow: () => BrowserWindow | undefined): DialogPort {
  const attached = () => {
    const window = getWindow();
    return window && !window.isDestroyed() ? window : undefined;
  };
  return {
    async chooseOpen({ purpose, multiple, extensions, locale }) {
      const text = OPEN_TEXT[purpose];
      const options: OpenDialogOptions = {
        title: dialogText(text.title, locale),
        filters: [{ name: dialogText(text.filter, locale), extensions: [...extensions] }],
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const window = attached();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSave({ purpose, suggestedName, extension, locale }) {
      const text = SAVE_TEXT[purpose];
      const options: SaveDialogOptions = {
        title: dialogText(text.title, locale),
        defaultPath: suggestedName,
        filters: [{ name: dialogText(text.filter, locale), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = attached();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
