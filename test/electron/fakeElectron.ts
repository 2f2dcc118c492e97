/**
 * A hand-written stand-in for the `electron` module: just enough of BrowserWindow, webContents,
 * session, ipcMain, ipcRenderer, contextBridge, Menu, app and dialog for the glue to run under
 * Vitest, with every handler it installs kept where a test can call it.
 *
 * Use: `vi.mock('electron', () => import('./fakeElectron'))`, then import the same names from here.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

/** An Electron-style event: `preventDefault()` is remembered. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(extra: Record<string, unknown> = {}) {
    Object.assign(this, extra);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  frameTreeNodeId: number;
  parent: FakeFrame | null;
  detached: boolean;
  url: string;
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  headersListener: HeadersListener | null = null;
  requestListener: RequestListener | null = null;
  dictionaryDownloadUrl: string | null = null;
  availableSpellCheckerLanguages = ['en-US', 'fr'];
  spellCheckerLanguages: string[] = [];
  webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
    onBeforeRequest: (listener: RequestListener) => {
      this.requestListener = listener;
    },
  };
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = languages;
  }
}

let nextFrameId = 1;

export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  mainFrame: FakeFrame = { frameTreeNodeId: nextFrameId++, parent: null, detached: false, url: '' };
  sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  destroyed = false;
  crashed = false;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  /** Emits an Electron-style event and returns it, to see whether a handler prevented it. */
  fire(name: string, details: Record<string, unknown> = {}): FakeEvent {
    const event = new FakeEvent(details);
    this.emit(name, event);
    return event;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  readonly webContents = new FakeWebContents();
  loadedFile: string | undefined;
  destroyed = false;
  shown = false;
  focused = false;
  minimized = false;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
  }
  loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    this.webContents.mainFrame.url = pathToFileURL(path).href;
    return Promise.resolve();
  }
  /** Like Electron: `close` can be prevented; otherwise the window is gone and `closed` follows. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
}

type InvokeHandler = (event: unknown, payload: unknown) => unknown;
type Listener = (event: unknown, ...args: unknown[]) => void;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  listeners: new Map<string, Set<Listener>>(),
  handle(channel: string, handler: InvokeHandler) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  on(channel: string, listener: Listener) {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  },
  removeListener(channel: string, listener: Listener) {
    this.listeners.get(channel)?.delete(listener);
    return this;
  },
  /** What `ipcRenderer.invoke` would get back, sent from the given sender and frame. */
  async invoke(channel: string, event: FakeIpcEvent, payload: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, payload);
  },
  emit(channel: string, event: FakeIpcEvent, ...args: unknown[]) {
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  },
};

export interface FakeIpcEvent {
  sender: unknown;
  senderFrame: FakeFrame | null;
}

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true, value: null })),
  send: vi.fn((_channel: string, ..._args: unknown[]) => undefined),
});

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, value: unknown) => {
    contextBridge.exposed.set(key, value);
  }),
};

export interface FakeMenu {
  template: FakeMenuItem[];
}
export interface FakeMenuItem {
  label?: string;
  role?: string;
  type?: string;
  checked?: boolean;
  accelerator?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export const Menu = {
  current: null as FakeMenu | null,
  /** How many times a menu was installed. */
  installs: 0,
  buildFromTemplate: (template: FakeMenuItem[]): FakeMenu => ({ template }),
  setApplicationMenu: (menu: FakeMenu | null) => {
    Menu.current = menu;
    Menu.installs += 1;
  },
};

export const dialog = {
  showErrorBox: vi.fn((_title: string, _content: string) => undefined),
  showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0, checkboxChecked: false })),
  showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' })),
};

export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
};

class FakeApp extends EventEmitter {
  hasLock = true;
  isPackaged = false;
  userData = '';
  appPath = '';
  preferredLanguages = ['fr-FR'];
  quit = vi.fn(() => undefined);
  enableSandbox = vi.fn(() => undefined);
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`unexpected path ${name}`);
    return this.userData;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  getPreferredSystemLanguages(): string[] {
    return this.preferredLanguages;
  }
}

export const app = new FakeApp();

/** Back to a fresh Electron between tests. */
export function resetFakeElectron(): void {
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockClear();
  ipcRenderer.send.mockClear();
  contextBridge.exposed.clear();
  contextBridge.exposeInMainWorld.mockClear();
  Menu.current = null;
  Menu.installs = 0;
  dialog.showErrorBox.mockClear();
  dialog.showMessageBox.mockClear();
  dialog.showOpenDialog.mockReset();
  dialog.showOpenDialog.mockImplementation(() => Promise.resolve({ canceled: true, filePaths: [] }));
  dialog.showSaveDialog.mockReset();
  dialog.showSaveDialog.mockImplementation(() => Promise.resolve({ canceled: true, filePath: '' }));
  shell.openExternal.mockClear();
  app.removeAllListeners();
  app.hasLock = true;
  app.isPackaged = false;
  app.preferredLanguages = ['fr-FR'];
  app.quit.mockClear();
  app.enableSandbox.mockClear();
}

/** Flattens a built menu into its items, depth first. */
export function menuItems(menu: FakeMenu | null): FakeMenuItem[] {
  const walk = (items: FakeMenuItem[]): FakeMenuItem[] => items.flatMap((item) => [item, ...walk(item.submenu ?? [])]);
  return walk(menu?.template ?? []);
}

export default { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, shell };
