/**
 * Stable paragraph ids in a real Lexical editor, run headless (no DOM): the ids are what lets two
 * edited copies of a recommendation be aligned paragraph by paragraph when a rapporteur merges them,
 * so an unchanged paragraph must keep its id, and no two paragraphs may ever share one.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  $setSelection,
  createEditor,
  HISTORY_MERGE_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type SerializedLexicalNode,
  type TextNode,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { $needsRepair, $repairBlockIds, registerBlockIds } from '../../../renderer/src/editor/blockIds';
import {
  emptyDocument,
  paragraphNode,
  textBlocks,
  textNode,
  type SerializedDocument,
  type SerializedNode,
  type TextBlock,
} from '../../../shared/document/lexicalJson';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/**
 * The editor as RecommendationEditor configures it, loaded with a stored body, then set up as
 * BlockIdsPlugin does: repair the loaded ids (ensureUniqueBlockIds, whose module is a .tsx file this
 * project's test config does not compile: same calls, same update options), then register the
 * transforms.
 */
function openEditor(body: SerializedDocument = emptyDocument(), options: { history?: boolean } = {}): LexicalEditor {
  const editor = createEditor({
    namespace: 'palabre-recommendation',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  // HistoryPlugin comes before BlockIdsPlugin in RecommendationEditor, so its effect runs first.
  if (options.history) cleanups.push(registerHistory(editor, createEmptyHistoryState(), 0));
  ensureUniqueBlockIds(editor);
  cleanups.push(registerBlockIds(editor));
  return editor;
}

function ensureUniqueBlockIds(editor: LexicalEditor): void {
  if (!editor.getEditorState().read($needsRepair)) return;
  editor.update(() => void $repairBlockIds(), { discrete: true, tag: [HISTORY_MERGE_TAG, 'palabre-housekeeping'] });
}

function edit(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

/** What a save stores: the serialized document. */
function saved(editor: LexicalEditor): SerializedDocument {
  return editor.getEditorState().toJSON() as unknown as SerializedDocument;
}

function blocks(editor: LexicalEditor): TextBlock[] {
  return textBlocks(saved(editor));
}

function expectEveryBlockIdentifiedOnce(editor: LexicalEditor): void {
  const ids = blocks(editor).map((b) => b.uid);
  for (const id of ids) expect(id).toMatch(/\S/);
  expect(new Set(ids).size).toBe(ids.length);
}

function doc(...children: SerializedNode[]): SerializedDocument {
  const d = emptyDocument();
  d.root.children = children;
  return d;
}

function para(text: string, uid?: string): SerializedNode {
  return paragraphNode([textNode(text)], uid);
}

function block(type: string, text: string, uid: string | undefined, extra: Record<string, unknown> = {}): SerializedNode {
  const node: SerializedNode = { ...para(text, uid), type, ...extra };
  delete node.textFormat;
  delete node.textStyle;
  return node;
}

function list(...items: SerializedNode[]): SerializedNode {
  return { type: 'list', version: 1, listType: 'number', start: 1, tag: 'ol', direction: null, format: '', indent: 0, children: items };
}

function item(text: string, uid?: string, value = 1): SerializedNode {
  return block('listitem', text, uid, { value });
}

/** The first text of the top-level block at `index`. */
function $textIn(index: number): TextNode {
  const text = $getRoot().getChildAtIndex<ElementNode>(index)?.getFirstDescendant();
  if (!$isTextNode(text)) throw new Error(`no text in block ${index}`);
  return text;
}

/** Puts the caret inside the text of the top-level block at `index`. */
function $caretIn(index: number, offset: number): void {
  $caretAt($textIn(index), offset);
}

function $caretAt(text: TextNode, offset: number): void {
  const selection = $createRangeSelection();
  selection.anchor.set(text.getKey(), offset, 'text');
  selection.focus.set(text.getKey(), offset, 'text');
  $setSelection(selection);
}

/** Enter, as the rich-text plugin handles it: the selection inserts a paragraph. */
function $pressEnter(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('no caret');
  selection.insertParagraph();
}

/** Undo and redo restore a state from inside a command, which Lexical commits a microtask later. */
async function runCommand(editor: LexicalEditor, command: typeof UNDO_COMMAND): Promise<void> {
  editor.dispatchCommand(command, undefined);
  await Promise.resolve();
}

const CONSIDERANT = 'Considérant la résolution 2025/3 sur l’alerte précoce,';
const RAPPELANT = 'Rappelant les engagements pris à Dakar,';

describe('block ids in the live editor', () => {
  it('gives an id to every paragraph the user creates, and never the same one twice', () => {
    const editor = openEditor(doc(para(CONSIDERANT, 'p-considerant')));
    edit(editor, () => {
      const root = $getRoot();
      root.append($createParagraphNode().append($createTextNode(RAPPELANT)));
      root.append($createHeadingNode('h2').append($createTextNode('Mise en œuvre')));
      root.append($createQuoteNode().append($createTextNode('« Nul ne sera laissé pour compte »')));
      for (let i = 0; i < 30; i++) root.append($createParagraphNode().append($createTextNode(`Alinéa ${i + 1}`)));
    });

    const stored = blocks(editor);
    expect(stored).toHaveLength(34);
    expect(stored[0]).toMatchObject({ uid: 'p-considerant', text: CONSIDERANT });
    for (const b of stored.slice(1)) expect(b.uid).toMatch(UUID);
    expect(stored.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'quote', ...Array<string>(30).fill('paragraph')]);
    expectEveryBlockIdentifiedOnce(editor);
  });

  it('gives ids to a document written elsewhere without any (an import, an older file)', () => {
    const editor = openEditor(
      doc(para(CONSIDERANT), block('heading', 'Recommandations', undefined, { tag: 'h2' }), block('quote', 'Cité', undefined), list(item('Un'), item('Deux', undefined, 2))),
    );
    expect(blocks(editor).map((b) => b.text)).toEqual([CONSIDERANT, 'Recommandations', 'Cité', 'Un', 'Deux']);
    for (const b of blocks(editor)) expect(b.uid).toMatch(UUID);
    expectEveryBlockIdentifiedOnce(editor);
  });

  it('keeps the id of an unchanged paragraph from save to save, and across sessions', () => {
    const editor = openEditor(doc(para(CONSIDERANT, 'p-1'), para(RAPPELANT)));
    const first = blocks(editor).map((b) => b.uid);

    // Serialize → parse in the same editor (a draft restored from the journal does this).
    const json = JSON.stringify(editor.getEditorState().toJSON());
    editor.setEditorState(editor.parseEditorState(json));
    ensureUniqueBlockIds(editor);
    expect(blocks(editor).map((b) => b.uid)).toEqual(first);

    // Editing the second paragraph leaves both ids alone.
    edit(editor, () => {
      $textIn(1).setTextContent(`${RAPPELANT} et à Abuja,`);
    });
    expect(blocks(editor).map((b) => b.uid)).toEqual(first);

    // Reopening the stored body in a new editor (another session, another machine).
    const reopened = openEditor(JSON.parse(JSON.stringify(saved(editor))) as SerializedDocument);
    expect(blocks(reopened).map((b) => b.uid)).toEqual(first);
    expect(JSON.stringify(saved(reopened))).toBe(JSON.stringify(saved(editor)));
  });

  it('keeps the original id on the first half of a split paragraph and gives the new block a fresh one', () => {
    const editor = openEditor(doc(para(CONSIDERANT, 'p-1'), para(RAPPELANT, 'p-2')));
    const at = CONSIDERANT.indexOf(' sur ');
    edit(editor, () => {
      $caretIn(0, at);
      $pressEnter();
    });

    const after = blocks(editor);
    expect(after.map((b) => b.text)).toEqual([CONSIDERANT.slice(0, at), CONSIDERANT.slice(at), RAPPELANT]);
    expect(after[0]!.uid).toBe('p-1');
    expect(after[1]!.uid).toMatch(UUID);
    expect(after[2]!.uid).toBe('p-2');
    expectEveryBlockIdentifiedOnce(editor);

    // Enter at the end of a paragraph: the paragraph keeps its id, the empty line gets its own.
    edit(editor, () => {
      $caretIn(2, RAPPELANT.length);
      $pressEnter();
    });
    expect(blocks(editor).slice(2)).toEqual([
      { uid: 'p-2', type: 'paragraph', text: RAPPELANT },
      { uid: expect.stringMatching(UUID) as unknown as string, type: 'paragraph', text: '' },
    ]);
    expectEveryBlockIdentifiedOnce(editor);
  });

  it('splits a list item (whose copy carries the original id) without duplicating it', () => {
    const editor = openEditor(doc(list(item('Renforcer les systèmes d’alerte et partager les données', 'li-1'))));
    const at = 'Renforcer les systèmes d’alerte'.length;
    edit(editor, () => {
      const text = $getRoot().getFirstDescendant();
      if (!$isTextNode(text)) throw new Error('no text');
      $caretAt(text, at);
      $pressEnter();
    });
    const after = blocks(editor);
    expect(after.map((b) => [b.type, b.text])).toEqual([
      ['listitem', 'Renforcer les systèmes d’alerte'],
      ['listitem', ' et partager les données'],
    ]);
    expect(after[0]!.uid).toBe('li-1');
    expect(after[1]!.uid).toMatch(UUID);
  });

  it('gives a pasted copy of a paragraph its own id, wherever it lands, and the original keeps its own', () => {
    const editor = openEditor(doc(para(CONSIDERANT, 'p-1'), para(RAPPELANT, 'p-2')));
    // A copy as the clipboard carries it: the serialized block, node state included.
    const copied = para(RAPPELANT, 'p-2') as unknown as SerializedLexicalNode;

    edit(editor, () => $getRoot().getChildAtIndex(1)?.insertAfter($parseSerializedNode(copied)));
    edit(editor, () => $getRoot().getFirstChild()?.insertBefore($parseSerializedNode(copied)));

    const after = blocks(editor);
    expect(after.map((b) => b.text)).toEqual([RAPPELANT, CONSIDERANT, RAPPELANT, RAPPELANT]);
    expect(after[1]!.uid).toBe('p-1');
    expect(after[2]!.uid).toBe('p-2');
    expect(after[0]!.uid).toMatch(UUID);
    expect(after[3]!.uid).toMatch(UUID);
    expectEveryBlockIdentifiedOnce(editor);
  });

  it('keeps the id of a paragraph that is cut and pasted elsewhere (moved, not copied)', () => {
    const editor = openEditor(doc(para(CONSIDERANT, 'p-1'), para(RAPPELANT, 'p-2')));
    const moved = para(RAPPELANT, 'p-2') as unknown as SerializedLexicalNode;
    edit(editor, () => $getRoot().getChildAtIndex(1)?.remove());
    edit(editor, () => $getRoot().getFirstChild()?.insertBefore($parseSerializedNode(moved)));
    expect(blocks(editor).map((b) => [b.uid, b.text])).toEqual([
      ['p-2', RAPPELANT],
      ['p-1', CONSIDERANT],
    ]);
  });

  it('repairs a loaded document in which two blocks share an id: the first keeps it, the second gets a new one', () => {
    const editor = openEditor(doc(para(CONSIDERANT, 'dup'), para(RAPPELANT, 'p-2'), para('Collé deux fois', 'dup'), list(item('Point', 'dup'))));
    const after = blocks(editor);
    expect(after.map((b) => b.text)).toEqual([CONSIDERANT, RAPPELANT, 'Collé deux fois', 'Point']);
    expect(after[0]!.uid).toBe('dup');
    expect(after[1]!.uid).toBe('p-2');
    expect(after[2]!.uid).toMatch(UUID);
    expect(after[3]!.uid).toMatch(UUID);
    expectEveryBlockIdentifiedOnce(editor);

    // The repair is housekeeping: once done, the ids stay as they are.
    const repaired = after.map((b) => b.uid);
    ensureUniqueBlockIds(editor);
    expect(blocks(editor).map((b) => b.uid)).toEqual(repaired);
  });

  it('gives ids to list items, nested ones included', () => {
    const editor = openEditor(doc(para(CONSIDERANT, 'p-1')));
    edit(editor, () => {
      const inner = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('Sous-point a')),
        $createListItemNode().append($createTextNode('Sous-point b')),
      );
      const outer = $createListNode('number').append(
        $createListItemNode().append($createTextNode('Premier point')),
        $createListItemNode().append(inner),
        $createListItemNode().append($createTextNode('Dernier point')),
      );
      $getRoot().append(outer);
    });
    const items = blocks(editor).filter((b) => b.type === 'listitem');
    // The second outer item only holds the nested list: a block too, with its own id.
    expect(items.map((i) => i.text)).toEqual(['Premier point', '', 'Sous-point a', 'Sous-point b', 'Dernier point']);
    for (const i of items) expect(i.uid).toMatch(UUID);
    expectEveryBlockIdentifiedOnce(editor);
  });

  it('keeps ids unique and stable through undo and redo of a split', async () => {
    const editor = openEditor(doc(para('Considérant', 'p-1')), { history: true });
    // Some typing first (the first update of an editor is not undoable), then Enter.
    edit(editor, () => {
      $textIn(0).setTextContent(CONSIDERANT);
    });
    edit(editor, () => {
      $caretIn(0, 10);
      $pressEnter();
    });
    const split = blocks(editor).map((b) => b.uid);
    expect(split).toHaveLength(2);

    await runCommand(editor, UNDO_COMMAND);
    expect(blocks(editor).map((b) => [b.uid, b.text])).toEqual([['p-1', CONSIDERANT]]);

    await runCommand(editor, REDO_COMMAND);
    expect(blocks(editor).map((b) => b.uid)).toEqual(split);
    expectEveryBlockIdentifiedOnce(editor);

    // Splitting again after the undo/redo still gives a new, unique id.
    edit(editor, () => {
      $caretIn(1, 3);
      $pressEnter();
    });
    expect(blocks(editor).map((b) => b.uid).slice(0, 2)).toEqual(split);
    expectEveryBlockIdentifiedOnce(editor);
  });
});
