/**
 * The keyboard shortcuts of the app, in one list: the help dialog (« ? » or F1) shows it, in the
 * interface language. A shortcut added anywhere in the app belongs in this list too.
 *
 * Keys are written as tokens: modifier names ('Ctrl', 'Alt', 'Shift'), named keys ('ArrowUp',
 * 'Enter', 'Escape', 'F1'…) or the character typed ('N', '/', '?'). Each entry may offer several
 * alternative combinations.
 */
import { EDITOR_SHORTCUTS } from '../editor/shortcuts';
import type { MessageKey } from '../i18n/dictionaries';

export type KeyCombo = readonly string[];

export interface ShortcutEntry {
  combos: readonly KeyCombo[];
  description: MessageKey;
}

export interface ShortcutSection {
  title: MessageKey;
  entries: readonly ShortcutEntry[];
}

export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = [
  {
    title: 'shortcuts.sectionGeneral',
    entries: [
      { combos: [['Ctrl', 'N'], ['Ctrl', 'Alt', 'N']], description: 'shortcuts.newRecommendation' },
      { combos: [['Ctrl', 'F'], ['/']], description: 'shortcuts.search' },
      { combos: [['?'], ['F1']], description: 'shortcuts.help' },
      { combos: [['Escape']], description: 'shortcuts.escape' },
    ],
  },
  {
    title: 'shortcuts.sectionList',
    entries: [
      { combos: [['Tab']], description: 'shortcuts.nextControl' },
      { combos: [['Alt', 'ArrowUp']], description: 'shortcuts.moveUp' },
      { combos: [['Alt', 'ArrowDown']], description: 'shortcuts.moveDown' },
      { combos: [['Enter']], description: 'shortcuts.openRecommendation' },
    ],
  },
  {
    title: 'shortcuts.sectionEditor',
    entries: [
      { combos: [['Ctrl', 'B']], description: 'shortcuts.bold' },
      { combos: [['Ctrl', 'I']], description: 'shortcuts.italic' },
      { combos: [['Ctrl', 'U']], description: 'shortcuts.underline' },
      { combos: [['Ctrl', 'Z']], description: 'shortcuts.undo' },
      { combos: [['Ctrl', 'Y'], ['Ctrl', 'Shift', 'Z']], description: 'shortcuts.redo' },
      // The editor's own: paragraph type, links, lists, next/previous recommendation, status.
      ...EDITOR_SHORTCUTS,
    ],
  },
];

/** Tokens written differently in each language (the others are shown as they are). */
export const KEY_NAMES: Readonly<Record<string, MessageKey>> = {
  Ctrl: 'shortcuts.keyCtrl',
  Alt: 'shortcuts.keyAlt',
  Shift: 'shortcuts.keyShift',
  Enter: 'shortcuts.keyEnter',
  Escape: 'shortcuts.keyEscape',
  Tab: 'shortcuts.keyTab',
  ArrowUp: 'shortcuts.keyArrowUp',
  ArrowDown: 'shortcuts.keyArrowDown',
  Backspace: 'shortcuts.keyBackspace',
  PageUp: 'shortcuts.keyPageUp',
  PageDown: 'shortcuts.keyPageDown',
};

/** True when the keyboard is writing into something (a field, a list box, a rich-text editor). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}
