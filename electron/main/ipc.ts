/**
 * IPC wiring: one `ipcMain.handle` per contract channel, each refusing any sender that is not the
 * main frame of our window showing our own page, before the dispatcher (and its validation) runs.
 * A refusal is an error value like any other, never an exception.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNEL_NAMES, READY_TO_CLOSE_CHANNEL } from '../../shared/contract/channelNames';
import { errorValue, type Result } from '../../shared/errors';
import type { Dispatch } from './handlers';
import { isTrustedSender } from './security/ownPage';

/** The window IPC may come from, as it is now (undefined once it is gone). */
export interface TrustedWindow {
  webContents: WebContents;
  appUrl: string;
}

export interface IpcOptions {
  dispatch: Dispatch;
  trustedWindow(): TrustedWindow | undefined;
  onReadyToClose(): void;
  /** Told about refused messages (kept out of the renderer's reach). */
  onRefused?(channel: string, senderUrl: string): void;
}

export function registerIpc(options: IpcOptions): () => void {
  const refuse = (channel: string, event: IpcMainEvent | IpcMainInvokeEvent): Result<never> => {
    options.onRefused?.(channel, event.senderFrame?.url ?? '');
    return { ok: false, error: errorValue('untrusted_sender') };
  };

  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isFromOurPage(event, options.trustedWindow())) return refuse(channel, event);
      return options.dispatch(channel, payload);
    });
  }
  const onReadyToClose = (event: IpcMainEvent) => {
    if (!isFromOurPage(event, options.trustedWindow())) {
      refuse(READY_TO_CLOSE_CHANNEL, event);
      return;
    }
    options.onReadyToClose();
  };
  ipcMain.on(READY_TO_CLOSE_CHANNEL, onReadyToClose);

  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
    ipcMain.removeListener(READY_TO_CLOSE_CHANNEL, onReadyToClose);
  };
}

/**
 * Our window's web contents, its top frame (not an iframe, not a frame being torn down), and our
 * page in it. Frames are compared by their browser-wide id: Electron may hand out distinct objects
 * for the same frame.
 */
function isFromOurPage(event: IpcMainEvent | IpcMainInvokeEvent, trusted: TrustedWindow | undefined): boolean {
  if (!trusted || trusted.webContents.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== trusted.webContents) return false;
  const main = trusted.webContents.mainFrame;
  if (frame.parent !== null || frame.detached || frame.frameTreeNodeId !== main.frameTreeNodeId) return false;
  return isTrustedSender(frame.url, trusted.appUrl);
}
