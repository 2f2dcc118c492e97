/**
 * Keys inside the text: paragraph type (Ctrl+Alt+P / Ctrl+Alt+O), link (Ctrl+K), and Tab /
 * Shift+Tab to nest list items. Outside a list, Tab is left to the browser: it moves the focus on,
 * so the text never traps the keyboard.
 */
import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  createCommand,
  INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { SET_PARAGRAPH_KIND_COMMAND } from './paragraphKind';
import { isCtrlAlt, isCtrlOnly } from './shortcuts';

/** Opens the link field of the toolbar (Ctrl+K or the toolbar button). */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');

/** Deepest nesting of a list (a level is an item inside an item); beyond it Tab does nothing. */
export const MAX_LIST_INDENT = 5;

export function registerEditorKeys(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (isCtrlAlt(event, 'P') || isCtrlAlt(event, 'O')) {
          event.preventDefault();
          editor.dispatchCommand(SET_PARAGRAPH_KIND_COMMAND, isCtrlAlt(event, 'P') ? 'preambular' : 'operative');
          return true;
        }
        if (isCtrlOnly(event, 'K')) {
          event.preventDefault();
          editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        const item = $findMatchingParent(selection.anchor.getNode(), $isListItemNode);
        if (!item || !$isListItemNode(item)) return false;
        // Shift+Tab on a top-level item has nothing to undo: it moves the focus back, as usual.
        if (event.shiftKey && item.getIndent() === 0) return false;
        event.preventDefault();
        if (event.shiftKey) editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined);
        else if (item.getIndent() < MAX_LIST_INDENT) editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}
