/** Native dialogs of the main process. Their words come from dialogText.ts, in the user's language. */
import { dialog, shell, type BrowserWindow } from 'electron';
import { isAllowedExternalUrl } from './security/externalLinks';
import type { Locale } from '../../shared/domain/types';
import { dialogText } from './dialogText';

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
