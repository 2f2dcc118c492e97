/**
 * Preambular and operative paragraphs in the editor (see shared/document/paragraphKind.ts).
 *
 * The kind lives in Lexical's node state beside the stable id, under the shared key, so a block
 * serializes as `$: { uid, kind: 'preambular' }`; operative is the default and is never written.
 *
 * What must stay true:
 * - the user's choice wins: a block whose kind the user set (toolbar, shortcut) is never changed by
 *   detection in this session;
 * - detection follows the opening words as they are typed: a paragraph that comes to open with
 *   « Considérant », « Rappelant »… becomes preambular, one whose opening is rewritten into
 *   something else becomes operative again; editing elsewhere in a paragraph changes nothing, so a
 *   kind set in an earlier session survives later edits;
 * - a block that appears empty (Enter at the end of a paragraph) starts operative;
 * - the document loaded is never changed by merely opening it.
 */
import { ListItemNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $getState,
  $hasUpdateTag,
  $isElementNode,
  $isRangeSelection,
  $setState,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  createState,
  HISTORY_MERGE_TAG,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { DEFAULT_PARAGRAPH_KIND, detectKind, PARAGRAPH_KIND_KEY, type ParagraphKind } from '../../../shared/document/paragraphKind';
import { isBlock } from './blockIds';

export type { ParagraphKind } from '../../../shared/document/paragraphKind';

export const kindState = createState(PARAGRAPH_KIND_KEY, {
  parse: (value: unknown): ParagraphKind => (value === 'preambular' ? 'preambular' : DEFAULT_PARAGRAPH_KIND),
});

/** Sets the kind of the blocks of the selection, as the user's explicit choice. */
export const SET_PARAGRAPH_KIND_COMMAND: LexicalCommand<ParagraphKind> = createCommand('SET_PARAGRAPH_KIND_COMMAND');

const KIND_KLASSES = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode] as const;

/** The tag of the editor's own follow-up updates that must still run the transforms (typography). */
export const FOLLOW_UP_TAG = 'palabre-follow-up';

/**
 * True in the update Lexical runs when a transform is registered (it marks every node of the type
 * dirty, tagged history-merge): the loaded document is not to be changed by it.
 */
export function $isHousekeepingPass(): boolean {
  return $hasUpdateTag(HISTORY_MERGE_TAG) && !$hasUpdateTag(FOLLOW_UP_TAG);
}

export function $kindOf(node: LexicalNode): ParagraphKind {
  return $getState(node, kindState);
}

/** The block (paragraph, heading, quote, list item) that holds `node`, or the node itself. */
export function $blockOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, isBlock) as ElementNode | null;
}

/** The blocks touched by the current selection, in document order, without repeats. */
export function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const seen = new Set<NodeKey>();
  const blocks: ElementNode[] = [];
  const add = (node: LexicalNode) => {
    const block = $blockOf(node);
    if (block && !seen.has(block.getKey())) {
      seen.add(block.getKey());
      blocks.push(block);
    }
  };
  add(selection.anchor.getNode());
  for (const node of selection.getNodes()) add(node);
  add(selection.focus.getNode());
  return blocks;
}

/** The kind shown in the toolbar: the kind of every selected block, 'mixed', or null outside text. */
export function $selectionKind(): ParagraphKind | 'mixed' | null {
  const kinds = new Set($selectedBlocks().map($kindOf));
  if (kinds.size === 0) return null;
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

interface Seen {
  detected: ParagraphKind;
  empty: boolean;
}

/**
 * Registers detection, the explicit command and the rendering hook (`data-kind` on the block's
 * element, with `data-kind-label` for the margin label). Returns the cleanup and a way to change
 * the label when the interface language changes.
 */
export function registerParagraphKinds(editor: LexicalEditor, initialLabel: string): { dispose(): void; setLabel(label: string): void } {
  const seen = new Map<NodeKey, Seen>();
  const explicit = new Set<NodeKey>();
  let label = initialLabel;

  editor.getEditorState().read(() => {
    const stack: LexicalNode[] = [...$getRoot().getChildren()];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isBlock(node)) seen.set(node.getKey(), describe(node));
      if ($isElementNode(node)) stack.push(...node.getChildren());
    }
  });

  const $check = (block: ElementNode) => {
    if (!block.isAttached()) return;
    const key = block.getKey();
    const now = describe(block);
    const before = seen.get(key);
    seen.set(key, now);
    if (before && !before.empty && now.empty) explicit.delete(key);
    if (explicit.has(key)) return;
    const kind = $kindOf(block);
    if (!before) {
      // New in this session: split off, pasted, or created by Enter.
      if (now.empty) {
        if (kind !== 'operative') $setState(block, kindState, 'operative');
      } else if (kind === 'operative' && now.detected === 'preambular') {
        $setState(block, kindState, 'preambular');
      }
      return;
    }
    if (before.detected !== now.detected && kind !== now.detected) $setState(block, kindState, now.detected);
  };

  const transforms = KIND_KLASSES.map((klass) =>
    editor.registerNodeTransform(klass, (node: ElementNode) => {
      if (!$isHousekeepingPass()) $check(node);
    }),
  );

  const paint = (key: NodeKey, kind: ParagraphKind) => {
    const element = editor.getElementByKey(key);
    if (!element) return;
    if (kind === 'preambular') {
      element.setAttribute('data-kind', 'preambular');
      element.setAttribute('data-kind-label', label);
    } else {
      element.removeAttribute('data-kind');
      element.removeAttribute('data-kind-label');
    }
  };
  const paintAll = () =>
    editor.getEditorState().read(() => {
      const stack: LexicalNode[] = [...$getRoot().getChildren()];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (isBlock(node)) paint(node.getKey(), $kindOf(node));
        if ($isElementNode(node)) stack.push(...node.getChildren());
      }
    });

  const dispose = mergeRegister(
    ...transforms,
    editor.registerNodeTransform(TextNode, (text) => {
      if ($isHousekeepingPass()) return;
      const block = $blockOf(text);
      if (block) $check(block);
    }),
    editor.registerCommand(
      SET_PARAGRAPH_KIND_COMMAND,
      (kind) => {
        const blocks = $selectedBlocks();
        for (const block of blocks) {
          explicit.add(block.getKey());
          if ($kindOf(block) !== kind) $setState(block, kindState, kind);
        }
        return blocks.length > 0;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    ...KIND_KLASSES.map((klass) =>
      editor.registerMutationListener(klass, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const node = $getNodeByKey(key);
            if (node) paint(key, $kindOf(node));
          }
        });
      }),
    ),
  );
  paintAll();

  return {
    dispose,
    setLabel(next: string) {
      if (next === label) return;
      label = next;
      paintAll();
    },
  };
}

function describe(block: ElementNode): Seen {
  const text = block.getTextContent();
  return { detected: detectKind(text), empty: text.trim().length === 0 };
}
