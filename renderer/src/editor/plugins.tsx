/** Small editor plugins: stable block ids, change notification, access to the editor instance. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import { $needsRepair, $repairBlockIds, registerBlockIds } from './blockIds';

/** Tag of the editor's own housekeeping updates: not a user edit, not worth a save or an undo step. */
export const HOUSEKEEPING_TAG = 'palabre-housekeeping';

/**
 * Repairs the ids of the loaded document if needed (a document from elsewhere may lack them), then
 * keeps them present and unique as the user types, splits and pastes.
 */
export function BlockIdsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    ensureUniqueBlockIds(editor);
    return registerBlockIds(editor);
  }, [editor]);
  return null;
}

/** Synchronously repairs missing or duplicated ids, outside the undo history. */
export function ensureUniqueBlockIds(editor: LexicalEditor): void {
  if (!editor.getEditorState().read($needsRepair)) return;
  editor.update(() => void $repairBlockIds(), { discrete: true, tag: [HISTORY_MERGE_TAG, HOUSEKEEPING_TAG] });
}

/** Calls `onChange` after every update that changed the document (not mere selection moves). */
export function DocumentChangePlugin({ onChange }: { onChange(): void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, prevEditorState, editorState }) => {
        if (tags.has(HOUSEKEEPING_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState === editorState) return;
        // Lexical marks every node dirty when a transform is registered (an update tagged
        // history-merge that changes nothing): opening a text is not an edit.
        if (tags.has(HISTORY_MERGE_TAG) && JSON.stringify(prevEditorState.toJSON()) === JSON.stringify(editorState.toJSON())) return;
        latest.current();
      }),
    [editor],
  );
  return null;
}

/** Hands the editor instance to the screen once, when it is ready (for reading and saving). */
export function EditorReadyPlugin({ onReady }: { onReady(editor: LexicalEditor): void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(onReady);
  useEffect(() => {
    latest.current = onReady;
  });
  useEffect(() => {
    latest.current(editor);
  }, [editor]);
  return null;
}
