/**
 * The `window.api` surface, built from the channel and event names alone (no zod: the preload must
 * stay tiny). Pure, with the transport passed in, so a test can check exactly what the renderer gets.
 * The renderer gets named functions and plain data only, never an IPC object.
 */
import type { PalabreApi } from '../../shared/contract/api';
import { splitChannel } from '../../shared/contract/api';

export interface PreloadTransport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** Calls `listener` with the payload of each `event`; returns the way to stop. */
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  send(channel: string): void;
}

export interface ApiNames {
  channels: readonly string[];
  events: readonly string[];
  readyToCloseChannel: string;
}

export function buildApi(names: ApiNames, transport: PreloadTransport): PalabreApi {
  const api: Record<string, unknown> = {};
  for (const channel of names.channels) {
    const [domain, verb] = splitChannel(channel);
    const group = (api[domain] ??= {}) as Record<string, unknown>;
    group[verb] = (input?: unknown) => transport.invoke(channel, input === undefined ? {} : input);
  }
  const events = new Set(names.events);
  api.on = (event: unknown, listener: unknown): (() => void) => {
    // Unknown events and non-functions subscribe to nothing: the renderer cannot listen on other channels.
    if (typeof event !== 'string' || !events.has(event) || typeof listener !== 'function') return () => {};
    return transport.subscribe(event, (payload) => (listener as (payload: unknown) => void)(payload));
  };
  api.readyToClose = () => transport.send(names.readyToCloseChannel);
  return api as PalabreApi;
}
