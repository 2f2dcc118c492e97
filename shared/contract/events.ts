/**
 * Events from the main process to the renderer. Payloads are plain data; the renderer never sees the
 * IPC event object.
 */
export const EVENTS = ['app:before-close', 'menu:command'] as const;
export type AppEvent = (typeof EVENTS)[number];

export const MENU_COMMANDS = ['new-recommendation', 'search', 'locale-fr', 'locale-en', 'go-home', 'backups'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventPayloads {
  /** The window is closing: flush pending edits, then call `app:ready-to-close`. */
  'app:before-close': Record<string, never>;
  'menu:command': { command: MenuCommand };
}
