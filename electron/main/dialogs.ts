/** Native dialogs of the main process. Their words come from dialogText.ts, in the user's language. */
import { dialog, type BrowserWindow } from 'electron';
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
