/**
 * Paste from Word, LibreOffice and web pages: the HTML is rewritten into what the editor supports
 * (cleanHtml.ts), imported with Lexical's HTML import, cleaned once more as Lexical nodes, and
 * inserted as one undo step. Text copied inside Palabre keeps Lexical's own format (kinds and
 * formats intact; the block ids plugin gives the copies fresh ids); plain text goes through
 * Lexical's plain-text paste. Whatever the path, the transforms registered by the editor (safe
 * links, supported formats, typography, paragraph kinds) apply to what lands.
 */
import { $generateNodesFromDOM } from '@lexical/html';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG, type LexicalEditor } from 'lexical';
import { $cleanImportedNodes } from '../supportedFormats';
import { cleanPastedHtml } from './cleanHtml';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** True when the clipboard holds Lexical content copied from this very kind of editor. */
function isOwnLexicalData(data: DataTransfer, namespace: string): boolean {
  const raw = data.getData(LEXICAL_MIME);
  if (!raw) return false;
  try {
    const parsed = JSON.parse(raw) as { namespace?: unknown };
    return parsed.namespace === namespace;
  } catch {
    return false;
  }
}

export function registerCleanPaste(editor: LexicalEditor, namespace: string): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
      const data = event.clipboardData;
      if (isOwnLexicalData(data, namespace)) return false;
      const html = data.getData('text/html');
      if (!html || html === data.getData('text/plain')) {
        // Plain text: Lexical's own paste. Content from another Lexical editor is taken as its HTML.
        if (!data.getData(LEXICAL_MIME)) return false;
      }
      event.preventDefault();
      const clean = html ? cleanPastedHtml(html) : null;
      const plain = data.getData('text/plain');
      editor.update(
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          if (!clean || clean.body.childNodes.length === 0) {
            if (plain) selection.insertRawText(plain);
            return;
          }
          const nodes = $cleanImportedNodes($generateNodesFromDOM(editor, clean));
          selection.insertNodes(nodes);
        },
        { tag: PASTE_TAG },
      );
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
