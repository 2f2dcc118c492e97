/**
 * Formatting toolbar. Buttons say what they do (aria-label), show their state (aria-pressed), and
 * form one tab stop: arrow keys move between them (the ARIA toolbar pattern), Tab leaves.
 * Ctrl+B/I/U, Ctrl+Z/Y work in the text natively (Lexical's rich-text commands); Ctrl+Alt+P,
 * Ctrl+Alt+O and Ctrl+K are the editor's own (keys.ts).
 */
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type TextFormatType,
} from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { BoldIcon, BulletListIcon, ItalicIcon, NumberedListIcon, RedoIcon, UnderlineIcon, UndoIcon } from '../components/icons';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/dictionaries';
import { LinkIcon } from './editorIcons';
import { OPEN_LINK_EDITOR_COMMAND } from './keys';
import { LinkEditor } from './LinkEditor';
import { $unwrapLink } from './links';
import { $selectionKind, SET_PARAGRAPH_KIND_COMMAND, type ParagraphKind } from './paragraphKind';

interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  list: 'number' | 'bullet' | null;
  link: string | null;
  kind: ParagraphKind | 'mixed' | null;
}

const NONE: FormatState = { bold: false, italic: false, underline: false, list: null, link: null, kind: null };

interface Item {
  label: MessageKey;
  content: ReactNode;
  run(): void;
  pressed?: boolean;
  disabled?: boolean;
  keys?: string;
  /** Starts a new group of buttons (a separator before it). */
  group?: boolean;
  /** Shows its label as text rather than an icon. */
  text?: boolean;
  expanded?: boolean;
}

interface LinkSession {
  selection: BaseSelection | null;
  url: string;
  editing: boolean;
}

export function Toolbar({ controls }: { controls: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const kindLabelId = useId();
  const linkEditorId = useId();
  const [format, setFormat] = useState<FormatState>(NONE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [active, setActive] = useState(0);
  const [link, setLink] = useState<LinkSession | null>(null);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  const openLinkEditor = () => {
    const session = editor.getEditorState().read((): LinkSession => {
      const selection = $getSelection();
      const node = $isRangeSelection(selection) ? $findMatchingParent(selection.anchor.getNode(), $isLinkNode) : null;
      const url = $isLinkNode(node) ? node.getURL() : '';
      return { selection: selection?.clone() ?? null, url, editing: url !== '' };
    });
    setLink(session);
  };
  const openRef = useRef(openLinkEditor);
  useEffect(() => {
    openRef.current = openLinkEditor;
  });

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
            const linkNode = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
            const next = {
              bold: selection.hasFormat('bold'),
              italic: selection.hasFormat('italic'),
              underline: selection.hasFormat('underline'),
              list: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
              link: $isLinkNode(linkNode) ? linkNode.getURL() : null,
              kind: $selectionKind(),
            } as const;
            // Runs at every keystroke: the toolbar re-renders only when what it shows changes.
            setFormat((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
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
        editor.registerCommand(
          OPEN_LINK_EDITOR_COMMAND,
          () => {
            openRef.current();
            return true;
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
  const kind = (value: ParagraphKind) => editor.dispatchCommand(SET_PARAGRAPH_KIND_COMMAND, value);

  const closeLink = (restore: LinkSession | null) => {
    setLink(null);
    editor.focus(() => {
      if (!restore?.selection) return;
      const selection = restore.selection;
      editor.update(() => $setSelection(selection.clone()));
    });
  };

  const applyLink = (url: string) => {
    const session = link;
    editor.update(() => {
      if (session?.selection) $setSelection(session.selection.clone());
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const current = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
      if (selection.isCollapsed()) {
        if ($isLinkNode(current)) {
          current.setURL(url);
        } else {
          // No text selected: the address itself becomes the link's text.
          const node = $createLinkNode(url);
          node.append($createTextNode(url.startsWith('mailto:') ? url.slice('mailto:'.length) : url));
          selection.insertNodes([node]);
        }
      } else {
        $toggleLink(url);
      }
    });
    setLink(null);
    editor.focus();
  };

  const removeLink = () => {
    const session = link;
    editor.update(() => {
      if (session?.selection) $setSelection(session.selection.clone());
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const current = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
      if (selection.isCollapsed() && $isLinkNode(current)) $unwrapLink(current);
      else $toggleLink(null);
    });
    setLink(null);
    editor.focus();
  };

  const segments: Array<{ labelledBy?: string; label?: MessageKey; items: Item[] }> = [
    {
      items: [
        { label: 'editor.bold', content: <BoldIcon />, run: () => textFormat('bold'), pressed: format.bold, keys: 'Control+B' },
        { label: 'editor.italic', content: <ItalicIcon />, run: () => textFormat('italic'), pressed: format.italic, keys: 'Control+I' },
        { label: 'editor.underline', content: <UnderlineIcon />, run: () => textFormat('underline'), pressed: format.underline, keys: 'Control+U' },
        { label: 'editor.numberedList', content: <NumberedListIcon />, run: () => list('number'), pressed: format.list === 'number', group: true },
        { label: 'editor.bulletedList', content: <BulletListIcon />, run: () => list('bullet'), pressed: format.list === 'bullet' },
        {
          label: 'editor.link',
          content: <LinkIcon />,
          run: () => (link ? closeLink(link) : openLinkEditor()),
          pressed: format.link !== null,
          keys: 'Control+K',
          group: true,
          expanded: link !== null,
        },
      ],
    },
    {
      labelledBy: kindLabelId,
      items: [
        { label: 'kind.preambular', content: t('kind.preambular'), run: () => kind('preambular'), pressed: format.kind === 'preambular', keys: 'Control+Alt+P', text: true },
        { label: 'kind.operative', content: t('kind.operative'), run: () => kind('operative'), pressed: format.kind === 'operative', keys: 'Control+Alt+O', text: true },
      ],
    },
    {
      items: [
        { label: 'editor.undo', content: <UndoIcon />, run: () => editor.dispatchCommand(UNDO_COMMAND, undefined), disabled: !canUndo, keys: 'Control+Z', group: true },
        { label: 'editor.redo', content: <RedoIcon />, run: () => editor.dispatchCommand(REDO_COMMAND, undefined), disabled: !canRedo, keys: 'Control+Y' },
      ],
    },
  ];
  const count = segments.reduce((n, segment) => n + segment.items.length, 0);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const edge = event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : -1;
    if (step === 0 && edge === -1) return;
    event.preventDefault();
    const next = edge >= 0 ? edge : (active + step + count) % count;
    setActive(next);
    buttons.current[next]?.focus();
  };

  const shortcutText = (keys: string) => keys.replace('Control', 'Ctrl');

  let index = -1;
  const renderItem = (item: Item) => {
    const at = ++index;
    const name = t(item.label);
    return (
      <button
        key={item.label}
        ref={(element) => {
          buttons.current[at] = element;
        }}
        type="button"
        className={`toolbar-button${item.text ? ' toolbar-button-text' : ''}${item.group ? ' toolbar-group-start' : ''}${item.expanded !== undefined && item.pressed ? ' toolbar-button-active' : ''}`}
        aria-label={item.text ? undefined : name}
        title={item.keys ? `${name} (${shortcutText(item.keys)})` : name}
        aria-keyshortcuts={item.keys}
        aria-pressed={item.expanded === undefined ? item.pressed : undefined}
        aria-expanded={item.expanded}
        aria-controls={item.expanded ? linkEditorId : undefined}
        aria-disabled={item.disabled || undefined}
        tabIndex={at === active ? 0 : -1}
        onFocus={() => setActive(at)}
        // Keeps the text selection in the editor: the format applies to what the user selected.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          if (!item.disabled) item.run();
        }}
      >
        {item.content}
      </button>
    );
  };

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')} aria-controls={controls} onKeyDown={onKeyDown}>
        {segments.map((segment, n) =>
          segment.labelledBy ? (
            <div key={n} className="toolbar-kind toolbar-group-start" role="group" aria-labelledby={segment.labelledBy}>
              <span id={segment.labelledBy} className="toolbar-label">
                {t('kind.label')}
              </span>
              {segment.items.map(renderItem)}
            </div>
          ) : (
            segment.items.map(renderItem)
          ),
        )}
      </div>
      {link && (
        <LinkEditor
          id={linkEditorId}
          initialUrl={link.url}
          editing={link.editing}
          onApply={applyLink}
          onRemove={removeLink}
          onClose={() => closeLink(link)}
        />
      )}
    </>
  );
}
