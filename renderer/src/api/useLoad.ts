/**
 * Loads data from the api for a screen: loading, value or error, and a reload that keeps the
 * current value on screen while it refreshes (no flashing "Loading…" after every change).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorValue, Result } from './client';
import { settle } from './client';

export type LoadState<T> =
  | { status: 'loading'; value?: undefined; error?: undefined }
  | { status: 'ready'; value: T; error?: undefined }
  | { status: 'failed'; value?: undefined; error: ErrorValue };

export interface Loaded<T> {
  state: LoadState<T>;
  reload(): Promise<void>;
  /** Replaces the value with one the api just returned (e.g. the result of an update). */
  set(value: T): void;
}

const LOADING = { status: 'loading' } as const;

/** `key` names what is loaded: when it changes, the state is "loading" until the new answer. */
export function useLoad<T>(load: () => Promise<Result<T>>, key: string): Loaded<T> {
  const [held, setHeld] = useState<{ key: string; state: LoadState<T> }>({ key, state: LOADING });
  const loadRef = useRef(load);
  const keyRef = useRef(key);
  const generation = useRef(0);
  useEffect(() => {
    loadRef.current = load;
    keyRef.current = key;
  });

  const run = useCallback(async () => {
    const mine = ++generation.current;
    const forKey = keyRef.current;
    const result = await settle(() => loadRef.current());
    // A slower answer for a previous key must not overwrite the current one.
    if (mine !== generation.current) return;
    setHeld({ key: forKey, state: result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error } });
  }, []);

  useEffect(() => {
    keyRef.current = key;
    void run();
  }, [key, run]);

  const set = useCallback((value: T) => {
    generation.current++;
    setHeld({ key: keyRef.current, state: { status: 'ready', value } });
  }, []);

  return { state: held.key === key ? held.state : LOADING, reload: run, set };
}
