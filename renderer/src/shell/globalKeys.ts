/**
 * Shortcuts that work on every screen (see shortcuts.ts for the list shown to users):
 *   Ctrl+Alt+N   new recommendation (Ctrl+N is the menu's; a page cannot have it in a browser)
 *   Ctrl+F, /    search the meeting (« / » only when not typing)
 *   ?, F1        the list of shortcuts (« ? » only when not typing)
 * Screen commands go through the same path as the menu's, so the screen on display decides.
 */
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/dictionaries';
import { isCtrlAlt } from '../editor/shortcuts';
import { dispatchScreenCommand } from './commands';
import { isTyping } from './shortcuts';

interface Options {
  showHelp(): void;
  inform(key: MessageKey): void;
}

export function useGlobalShortcuts(options: Options): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A modal dialog is open: its own keys only.
      if (document.querySelector('dialog[open]')) return;
      const typing = isTyping(event.target);
      const ctrl = event.ctrlKey || event.metaKey;

      if (event.key === 'F1' && !ctrl && !event.altKey) {
        event.preventDefault();
        return latest.current.showHelp();
      }
      if (event.key === '?' && !typing && !ctrl && !event.altKey) {
        event.preventDefault();
        return latest.current.showHelp();
      }
      // By physical key, and never when AltGr (Ctrl+Alt on Windows) is writing a character.
      if (isCtrlAlt(event, 'N')) {
        event.preventDefault();
        if (!dispatchScreenCommand({ command: 'new-recommendation' })) latest.current.inform('shell.openMeetingFirst');
        return;
      }
      const searchKey = (event.key === '/' && !typing && !ctrl && !event.altKey) || (ctrl && !event.altKey && !event.shiftKey && event.code === 'KeyF');
      if (searchKey) {
        // Ctrl+F where no meeting is open stays the browser's; « / » then says why nothing happens.
        if (dispatchScreenCommand({ command: 'search' })) event.preventDefault();
        else if (event.key === '/') latest.current.inform('shell.openMeetingFirst');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
