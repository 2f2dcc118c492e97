/**
 * Formatting toolbar. Buttons say what they do (aria-label), show their state (aria-pressed), and
 * form one tab stop: arrow keys move between them (the ARIA toolbar pattern), Tab leaves.
 * Ctrl+B/I/U, Ctrl+Z/Y work in the text natively (Lexical's rich-text commands).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/dictionaries';
import { BoldIcon, BulletListIcon, ItalicIcon, NumberedListIcon, RedoIcon, UnderlineIcon, UndoIcon } from '../components/icons';

interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  list: 'number' | 'bullet' | null;
}

const NONE: FormatState = { bold: false, italic: false, underline: false, list: null };

export function Toolbar({ controls }: { controls: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [format, setFormat] = useState<FormatState>(NONE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [active, setActive] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
            setFormat({
              bold: selection.hasFormat('bold'),
              italic: selection.hasFormat('italic'),
              underline: selection.hasFormat('underline'),
              list: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
            });
          });
        }),
        // Listen only (return false): the history plugin also handles these commands.
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const textFormat = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const list = (type: 'number' | 'bullet') => {
    if (format.list === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'number' ? INSERT_ORDERED_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
  };

  const items: Array<{ label: MessageKey; icon: ReactNode; run(): void; pressed?: boolean; disabled?: boolean; keys?: string; group?: boolean }> = [
    { label: 'editor.bold', icon: <BoldIcon />, run: () => textFormat('bold'), pressed: format.bold, keys: 'Control+B' },
    { label: 'editor.italic', icon: <ItalicIcon />, run: () => textFormat('italic'), pressed: format.italic, keys: 'Control+I' },
    { label: 'editor.underline', icon: <UnderlineIcon />, run: () => textFormat('underline'), pressed: format.underline, keys: 'Control+U' },
    { label: 'editor.numberedList', icon: <NumberedListIcon />, run: () => list('number'), pressed: format.list === 'number', group: true },
    { label: 'editor.bulletedList', icon: <BulletListIcon />, run: () => list('bullet'), pressed: format.list === 'bullet' },
    { label: 'editor.undo', icon: <UndoIcon />, run: () => editor.dispatchCommand(UNDO_COMMAND, undefined), disabled: !canUndo, keys: 'Control+Z', group: true },
    { label: 'editor.redo', icon: <RedoIcon />, run: () => editor.dispatchCommand(REDO_COMMAND, undefined), disabled: !canRedo, keys: 'Control+Y' },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const edge = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : -1;
    if (step === 0 && edge === -1) return;
    event.preventDefault();
    const next = edge >= 0 ? edge : (active + step + items.length) % items.length;
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')} aria-controls={controls} onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <button
          key={item.label}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className={`toolbar-button${item.group ? ' toolbar-group-start' : ''}`}
          aria-label={t(item.label)}
          title={item.keys ? `${t(item.label)} (${item.keys.replace('Control', 'Ctrl')})` : t(item.label)}
          aria-keyshortcuts={item.keys}
          aria-pressed={item.pressed}
          aria-disabled={item.disabled || undefined}
          tabIndex={index === active ? 0 : -1}
          onFocus={() => setActive(index)}
          // Keeps the text selection in the editor: the format applies to what the user selected.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!item.disabled) item.run();
          }}
        >
          {item.icon}
        </button>
      ))}
    </div>
  );
}
