/**
 * The renderer's only door to data: `window.api`, installed by the preload (or by the browser
 * bridge in tests). The renderer is untrusted web content: no Node, no Electron, only these calls.
 */
import type { PalabreApi } from '../../../shared/contract/api';
import { errorValue, type ErrorValue, type Result } from '../../../shared/errors';

declare global {
  interface Window {
    api?: PalabreApi;
  }
}

export function getApi(): PalabreApi | undefined {
  return window.api;
}

/** The api, once the shell has checked that it exists (the shell shows an error screen otherwise). */
export function api(): PalabreApi {
  const value = window.api;
  if (!value) throw new Error('window.api is missing');
  return value;
}

/**
 * A call whose promise never rejects: a broken transport becomes an `internal` error value, so
 * every caller handles failures in one way, with a message in both languages.
 */
export async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, error: errorValue('internal', error instanceof Error ? error.message.slice(0, 200) : '') };
  }
}

export type { ErrorValue, Result };
