/**
 * The keyboard shortcuts of the recommendation editor, in the shape of the app's shortcut list
 * (shell/shortcuts.ts), so that the help dialog can show them; and the one matcher they all use.
 *
 * Ctrl+Alt shortcuts match the physical key (`code`), so they work on AZERTY as on QWERTY; but
 * AltGr arrives as Ctrl+Alt on Windows, and where AltGr writes a character (œ on a French Linux
 * keyboard, ó on a Polish one) the key typed is that character: the user is writing, not asking
 * for a shortcut, and nothing is taken from them.
 */
import type { ShortcutEntry } from '../shell/shortcuts';

export const EDITOR_SHORTCUTS: readonly ShortcutEntry[] = [
  { combos: [['Ctrl', 'Alt', 'P']], description: 'editor.shortcutPreambular' },
  { combos: [['Ctrl', 'Alt', 'O']], description: 'editor.shortcutOperative' },
  { combos: [['Ctrl', 'K']], description: 'editor.shortcutLink' },
  { combos: [['Tab'], ['Shift', 'Tab']], description: 'editor.shortcutListIndent' },
  { combos: [['Alt', 'PageDown']], description: 'editor.shortcutNextRecommendation' },
  { combos: [['Alt', 'PageUp']], description: 'editor.shortcutPreviousRecommendation' },
  { combos: [['Ctrl', 'Alt', 'Enter']], description: 'editor.shortcutStatusForward' },
  { combos: [['Ctrl', 'Alt', 'Backspace']], description: 'editor.shortcutStatusBack' },
  { combos: [['Ctrl', 'Alt', 'S']], description: 'editor.shortcutStatusMenu' },
  // Review (issue 4): a comment on the selected passage.
  { combos: [['Ctrl', 'Alt', 'M']], description: 'comments.shortcut' },
];

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  getModifierState(key: string): boolean;
}

/** Ctrl+Alt+`key`, where `key` is a letter (« P ») or a named key (« Enter », « Backspace »). */
export function isCtrlAlt(event: KeyLike, key: string): boolean {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return false;
  if (key.length === 1) {
    if (event.code !== `Key${key.toUpperCase()}`) return false;
    return !event.getModifierState('AltGraph') || event.key.toLowerCase() === key.toLowerCase();
  }
  return event.key === key;
}

/** Alt+`key` alone (no Ctrl, no Shift): Alt+PageDown, Alt+PageUp. */
export function isAltOnly(event: KeyLike, key: string): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === key;
}

/** Ctrl+`letter` alone, by physical key. */
export function isCtrlOnly(event: KeyLike, letter: string): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === `Key${letter.toUpperCase()}`;
}
