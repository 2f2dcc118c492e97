/**
 * The editing page's own keys (see editor/shortcuts.ts), taken before the text sees them:
 * Alt+PageDown / Alt+PageUp the next and previous recommendation; Ctrl+Alt+Enter /
 * Ctrl+Alt+Backspace the status one step forward or back; Ctrl+Alt+S to the status actions;
 * Ctrl+Alt+M a comment on the selected words. None while a dialog is open or a composition runs.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { isAltOnly, isCtrlAlt } from '../../editor/shortcuts';
import type { StatusSectionHandle } from './StatusSection';

interface WorkspaceKeys {
  next(): void;
  previous(): void;
  status: RefObject<StatusSectionHandle | null>;
  commentSelection(): void;
}

export function useWorkspaceKeys(keys: WorkspaceKeys): void {
  // The latest handlers, read when a key comes: one listener for the page's whole life.
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
      const { next, previous, status, commentSelection } = latest.current;
      let handled = true;
      if (isAltOnly(event, 'PageDown')) next();
      else if (isAltOnly(event, 'PageUp')) previous();
      else if (isCtrlAlt(event, 'Enter')) status.current?.step('forward');
      else if (isCtrlAlt(event, 'Backspace')) status.current?.step('back');
      else if (isCtrlAlt(event, 'S')) status.current?.focusActions();
      else if (isCtrlAlt(event, 'M')) commentSelection();
      else handled = false;
      if (handled) {
        event.preventDefault();
        // Not a key for the text: Lexical must not also split a paragraph or delete a word.
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
