/**
 * A compact rich-text field (bold, italic, numbered and bulleted lists, undo with Ctrl+Z) for texts
 * that are not recommendations, such as a meeting's introduction. Lexical, like the recommendation
 * editor, with the same document theme; the form reads the document from `editorRef` when it is
 * submitted (no re-render per keystroke).
 */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { emptyDocument, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { editorTheme } from '../editor/theme';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/dictionaries';
import { BoldIcon, BulletListIcon, ItalicIcon, NumberedListIcon } from './icons';

interface Props {
  label: string;
  hint?: string;
  initial: SerializedDocument | null;
  editorRef: RefObject<LexicalEditor | null>;
  placeholder: string;
  onError?(error: Error): void;
}

export function RichTextField({ label, hint, initial, editorRef, placeholder, onError }: Props) {
  const labelId = useId();
  const hintId = useId();
  const contentId = useId();
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'palabre-rich-text-field',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
    theme: editorTheme,
    onError: (error) => onError?.(error),
    editorState: JSON.stringify(initial ?? emptyDocument()),
  }));

  return (
    <div className="field rich-field">
      <div className="field-label">
        {/* A contenteditable is not labelable: the label names it through aria-labelledby. */}
        <span id={labelId} className="rich-field-label">
          {label}
        </span>
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <LexicalComposer initialConfig={initialConfig}>
        <div className="rich-field-frame">
          <CompactToolbar controls={contentId} label={label} />
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id={contentId}
                className="rich-field-content"
                aria-labelledby={labelId}
                aria-describedby={hint ? hintId : undefined}
                aria-multiline
                spellCheck
                aria-placeholder={placeholder}
                placeholder={<div className="rich-field-placeholder">{placeholder}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin />
          <ListPlugin />
          <ExposeEditor editorRef={editorRef} />
        </div>
      </LexicalComposer>
    </div>
  );
}

function ExposeEditor({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editorRef.current = editor;
    return () => {
      editorRef.current = null;
    };
  }, [editor, editorRef]);
  return null;
}

interface Format {
  bold: boolean;
  italic: boolean;
  list: 'number' | 'bullet' | null;
}

/** Bold, italic and the two lists; one tab stop, arrows move between buttons (ARIA toolbar). */
function CompactToolbar({ controls, label }: { controls: string; label: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [format, setFormat] = useState<Format>({ bold: false, italic: false, list: null });
  const [active, setActive] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
          setFormat({
            bold: selection.hasFormat('bold'),
            italic: selection.hasFormat('italic'),
            list: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
          });
        });
      }),
    [editor],
  );

  const toggleList = (type: 'number' | 'bullet') => {
    if (format.list === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'number' ? INSERT_ORDERED_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
  };

  const items: Array<{ label: MessageKey; icon: ReactNode; pressed: boolean; keys?: string; run(): void }> = [
    { label: 'meeting.formatBold', icon: <BoldIcon />, pressed: format.bold, keys: 'Control+B', run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold') },
    { label: 'meeting.formatItalic', icon: <ItalicIcon />, pressed: format.italic, keys: 'Control+I', run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic') },
    { label: 'meeting.formatNumbered', icon: <NumberedListIcon />, pressed: format.list === 'number', run: () => toggleList('number') },
    { label: 'meeting.formatBulleted', icon: <BulletListIcon />, pressed: format.list === 'bullet', run: () => toggleList('bullet') },
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
    <div className="rich-field-toolbar" role="toolbar" aria-label={t('meeting.introToolbar', { field: label })} aria-controls={controls} onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <button
          key={item.label}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className="rich-field-button"
          aria-label={t(item.label)}
          title={item.keys ? `${t(item.label)} (${item.keys.replace('Control', 'Ctrl')})` : t(item.label)}
          aria-keyshortcuts={item.keys}
          aria-pressed={item.pressed}
          tabIndex={index === active ? 0 : -1}
          onFocus={() => setActive(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={item.run}
        >
          {item.icon}
        </button>
      ))}
    </div>
  );
}
