/**
 * The preload: exposes `window.api` (see buildApi.ts) through the context bridge and nothing else.
 * `ipcRenderer` itself never reaches the page. Bundled as CommonJS: a sandboxed preload cannot load
 * ES modules or other files.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, READY_TO_CLOSE_CHANNEL } from '../../shared/contract/channelNames';
import { EVENTS } from '../../shared/contract/events';
import { buildApi } from './buildApi';

const api = buildApi(
  { channels: CHANNEL_NAMES, events: EVENTS, readyToCloseChannel: READY_TO_CLOSE_CHANNEL },
  {
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    subscribe: (event, listener) => {
      // The page receives the payload only, never the IPC event (which carries `sender`).
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    },
    send: (channel) => ipcRenderer.send(channel),
  },
);

contextBridge.exposeInMainWorld('api', api);
