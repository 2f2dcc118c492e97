import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, READY_TO_CLOSE_CHANNEL } from '../../shared/contract/channelNames';
import type { Dispatch } from '../../electron/main/handlers';
import { registerIpc, type TrustedWindow } from '../../electron/main/ipc';
import { FakeWebContents, ipcMain, resetFakeElectron, type FakeFrame, type FakeIpcEvent } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const appUrl = 'file:///opt/Palabre/out/renderer/index.html';

function setup() {
  const contents = new FakeWebContents();
  contents.mainFrame.url = appUrl;
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'from the handlers' }));
  const onReadyToClose = vi.fn();
  const onRefused = vi.fn();
  let window: TrustedWindow | undefined = { webContents: contents as never, appUrl };
  const dispose = registerIpc({ dispatch, trustedWindow: () => window, onReadyToClose, onRefused });
  const fromMainFrame = (): FakeIpcEvent => ({ sender: contents, senderFrame: contents.mainFrame });
  return { contents, dispatch, onReadyToClose, onRefused, dispose, fromMainFrame, closeWindow: () => (window = undefined) };
}

const refused = { ok: false, error: { code: 'untrusted_sender' } };

beforeEach(() => resetFakeElectron());

describe('IPC wiring', () => {
  it('answers every contract channel, and only those', () => {
    setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('passes calls from our page in our window to the dispatcher', async () => {
    const { dispatch, fromMainFrame } = setup();
    const result = await ipcMain.invoke('meeting:create', fromMainFrame(), { title: 'Réunion des experts, Bamako' });
    expect(result).toEqual({ ok: true, value: 'from the handlers' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('meeting:create', { title: 'Réunion des experts, Bamako' });
  });

  it('refuses a foreign page in the main frame before the dispatcher runs', async () => {
    const { contents, dispatch, onRefused } = setup();
    const frame: FakeFrame = { ...contents.mainFrame, url: 'https://example.org/phish.html' };
    const result = await ipcMain.invoke('meeting:list', { sender: contents, senderFrame: frame }, {});
    expect(result).toMatchObject(refused);
    expect(dispatch).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledWith('meeting:list', 'https://example.org/phish.html');
  });

  it('refuses a sub-frame, even one showing our page', async () => {
    const { contents, dispatch } = setup();
    const iframe: FakeFrame = { frameTreeNodeId: 999, parent: contents.mainFrame, detached: false, url: appUrl };
    expect(await ipcMain.invoke('meeting:list', { sender: contents, senderFrame: iframe }, {})).toMatchObject(refused);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses another window, a vanished frame, a detached frame, and everything once the window is gone', async () => {
    const { contents, dispatch, fromMainFrame, closeWindow } = setup();
    const other = new FakeWebContents();
    other.mainFrame.url = appUrl;
    const attempts: FakeIpcEvent[] = [
      { sender: other, senderFrame: other.mainFrame },
      { sender: contents, senderFrame: null },
      { sender: contents, senderFrame: { ...contents.mainFrame, detached: true } },
    ];
    for (const event of attempts) expect(await ipcMain.invoke('meeting:list', event, {})).toMatchObject(refused);
    closeWindow();
    expect(await ipcMain.invoke('meeting:list', fromMainFrame(), {})).toMatchObject(refused);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('gives the refusal as an error value in both languages, not an exception', async () => {
    const { contents } = setup();
    const result = (await ipcMain.invoke('app:info', { sender: contents, senderFrame: null }, {})) as {
      ok: false;
      error: { message: { fr: string; en: string } };
    };
    expect(result.error.message.fr).toMatch(/refusée/);
    expect(result.error.message.en).toMatch(/refused/);
  });

  it('lets only our page say it is ready to close', () => {
    const { contents, onReadyToClose, fromMainFrame } = setup();
    ipcMain.emit(READY_TO_CLOSE_CHANNEL, { sender: contents, senderFrame: { ...contents.mainFrame, url: 'https://example.org/' } });
    expect(onReadyToClose).not.toHaveBeenCalled();
    ipcMain.emit(READY_TO_CLOSE_CHANNEL, fromMainFrame());
    expect(onReadyToClose).toHaveBeenCalledOnce();
  });

  it('can be unregistered', () => {
    const { dispose } = setup();
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listeners.get(READY_TO_CLOSE_CHANNEL)?.size ?? 0).toBe(0);
  });
});
