/**
 * Messages shown in the banner under the top bar. Errors keep the bilingual ErrorValue itself, so
 * that switching the language translates a message already on screen.
 */
import { createContext, useContext } from 'react';
import type { ErrorValue } from '../../../shared/errors';
import type { MessageKey, Params } from '../i18n/dictionaries';

export type Notice =
  | { id: number; kind: 'error'; error: ErrorValue }
  | { id: number; kind: 'info'; key: MessageKey; params?: Params };

export interface Notices {
  reportError(error: ErrorValue): void;
  inform(key: MessageKey, params?: Params): void;
  dismiss(id: number): void;
}

export const NoticesContext = createContext<Notices | null>(null);

export function useNotices(): Notices {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices outside of NoticesContext');
  return value;
}
