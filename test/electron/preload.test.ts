import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PalabreApi } from '../../shared/contract/api';
import { CHANNEL_NAMES, READY_TO_CLOSE_CHANNEL } from '../../shared/contract/channelNames';
import { contextBridge, ipcRenderer } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let api: PalabreApi;

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = contextBridge.exposed.get('api') as PalabreApi;
});

/** The renderer's view: domain → verbs, from the contract's channel names. */
function expectedSurface(): Record<string, string[]> {
  const surface: Record<string, string[]> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    (surface[domain] ??= []).push(verb);
  }
  return surface;
}

describe('preload', () => {
  it('exposes exactly one thing to the page: `api`', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...contextBridge.exposed.keys()]).toEqual(['api']);
  });

  it('offers one named function per channel, `on` and `readyToClose`, and nothing else', () => {
    const surface = expectedSurface();
    expect(Object.keys(api).sort()).toEqual([...Object.keys(surface), 'on', 'readyToClose'].sort());
    for (const [domain, verbs] of Object.entries(surface)) {
      const group = (api as unknown as Record<string, Record<string, unknown>>)[domain]!;
      expect(Object.keys(group).sort(), domain).toEqual([...verbs].sort());
      for (const verb of verbs) expect(typeof group[verb], `${domain}.${verb}`).toBe('function');
    }
    expect(typeof api.on).toBe('function');
    expect(typeof api.readyToClose).toBe('function');
  });

  it('never hands the page the IPC object', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(ipcRenderer);
      if (typeof value === 'object') for (const child of Object.values(value)) walk(child);
    };
    walk(api);
  });

  it('calls the matching channel with the input, an empty object when there is none', async () => {
    ipcRenderer.invoke.mockClear();
    await api.meeting.create({ title: 'Commission alerte précoce' });
    await api.meeting.list({});
    await (api.meeting.list as unknown as () => Promise<unknown>)();
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['meeting:create', { title: 'Commission alerte précoce' }],
      ['meeting:list', {}],
      ['meeting:list', {}],
    ]);
  });

  it('gives event listeners the payload only, and lets them unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('menu:command', listener);
    ipcRenderer.emit('menu:command', { sender: 'the IPC event' }, { command: 'search' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ command: 'search' });
    unsubscribe();
    ipcRenderer.emit('menu:command', { sender: 'the IPC event' }, { command: 'search' });
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount('menu:command')).toBe(0);
  });

  it('does not listen on channels that are not app events', () => {
    const listener = vi.fn();
    const on = api.on as unknown as (event: string, listener: unknown) => () => void;
    on('meeting:create', listener)();
    on('app:before-close', 'not a function');
    expect(ipcRenderer.listenerCount('meeting:create')).toBe(0);
    expect(ipcRenderer.listenerCount('app:before-close')).toBe(0);
  });

  it('says it is ready to close on the dedicated channel', () => {
    ipcRenderer.send.mockClear();
    api.readyToClose();
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(READY_TO_CLOSE_CHANNEL);
  });
});
