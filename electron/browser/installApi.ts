/**
 * The browser bridge's stand-in for the preload: runs in the page before the renderer (through
 * Playwright's init script) and builds the same `window.api` surface from the channel names, each
 * call forwarded to the real handlers in the Node process through an exposed binding.
 *
 * This function is serialized into the page: it must be self-contained (no imports, no closures).
 */
export interface InstallApiArgs {
  channels: readonly string[];
  events: readonly string[];
  /** An answer wrapped under this key is JSON text (see jsonTransport.ts); any other is the value itself. */
  jsonAnswerKey?: string;
}

export function installApi({ channels, events, jsonAnswerKey }: InstallApiArgs): void {
  const page = globalThis as unknown as Record<string, unknown>;
  const binding = page.__palabreInvoke as (channel: string, input: unknown) => Promise<unknown>;
  const invoke = async (channel: string, input: unknown): Promise<unknown> => {
    const answer = await binding(channel, input);
    if (jsonAnswerKey && answer !== null && typeof answer === 'object' && Object.keys(answer).length === 1) {
      const text = (answer as Record<string, unknown>)[jsonAnswerKey];
      if (typeof text === 'string') return JSON.parse(text) as unknown;
    }
    return answer;
  };
  const readyToClose = page.__palabreReadyToClose as () => Promise<void>;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    const at = channel.indexOf(':');
    const domain = channel.slice(0, at);
    const verb = channel.slice(at + 1);
    const group = (api[domain] ??= {}) as Record<string, unknown>;
    group[verb] = (input: unknown) => invoke(channel, input === undefined ? {} : input);
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!events.includes(event) || typeof listener !== 'function') return () => {};
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  api.readyToClose = () => {
    void readyToClose();
  };
  for (const value of Object.values(api)) if (typeof value === 'object' && value) Object.freeze(value);
  Object.defineProperty(page, 'api', { value: Object.freeze(api), enumerable: true });
  // The harness's way to send main-process events (menu commands, before-close) to the page.
  Object.defineProperty(page, '__palabreEmit', {
    value: (event: string, payload: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
      return (listeners.get(event)?.size ?? 0) > 0;
    },
  });
}
