/**
 * French typography as the user types (meetings whose typography is 'fr'): narrow no-break space
 * before ; ! ?, no-break space before : and inside « », ’ for '. The rules are the shared ones
 * (shared/typography/french.ts), the same the back end applies on save, so what the editor shows is
 * what is stored.
 *
 * What must stay true:
 * - the caret stays where it was in the text (added or removed spaces before it shift it);
 * - the word being typed is left alone until it is finished (a space, or the caret leaving it): so
 *   « https: » is not split before « // » arrives, and web addresses are never touched (the shared
 *   rules leave anything that looks like an address alone);
 * - applying it again changes nothing; undo and redo are not re-typeset;
 * - opening a document changes nothing (the pass Lexical runs when transforms are registered is
 *   skipped): only text the user writes or pastes is typeset.
 */
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  HISTORY_MERGE_TAG,
  TextNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { applyFrenchTypography } from '../../../shared/typography/french';
import { FOLLOW_UP_TAG, $isHousekeepingPass } from './paragraphKind';

/** Lexical's format bit for inline code: code is left exactly as typed. */
const CODE_FORMAT = 16;

/**
 * A run this long without a space is not prose (a pasted blob, a huge address): left alone. The
 * shared rules' address pattern backtracks over such a run in quadratic time, which would freeze
 * the editor on a long paste.
 */
const NOT_PROSE = /\S{200}/;

/**
 * The last few texts typeset and their results. While a word is typed, the text before it is the
 * same at every keystroke: it is typeset once, not once a key (the rules walk the whole paragraph).
 */
const recent = new Map<string, string>();
const RECENT_SIZE = 4;

function frenchTypography(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const out = applyFrenchTypography(text);
  if (recent.size >= RECENT_SIZE) recent.delete(recent.keys().next().value!);
  recent.set(text, out);
  return out;
}

/** Typography of `text`, knowing the character just before it (from the previous text node). */
function typeset(text: string, before: string): string {
  if (!before) return frenchTypography(text);
  const out = frenchTypography(before + text);
  return out.startsWith(before) ? out.slice(before.length) : frenchTypography(text);
}

export interface TypesetResult {
  text: string;
  /** The caret's new offset, when it was in the text. */
  caret: number | null;
  /** True when the word at the caret was left for later. */
  deferred: boolean;
}

/**
 * Pure core: the typeset text and where the caret goes. With a caret, the word ending at it (back
 * to the previous ordinary space) and everything after it are left as they are.
 */
export function typesetAroundCaret(text: string, caret: number | null, before = ''): TypesetResult {
  if (caret === null) return { text: typeset(text, before), caret: null, deferred: false };
  let start = caret;
  while (start > 0 && !/[ \t\n]/.test(text[start - 1]!)) start--;
  const prefix = typeset(text.slice(0, start), before);
  const next = prefix + text.slice(start);
  const full = typeset(text, before);
  return { text: next, caret: prefix.length + (caret - start), deferred: full !== next };
}

function previousChar(node: TextNode): string {
  const previous = node.getPreviousSibling();
  if (!$isTextNode(previous)) return '';
  const text = previous.getTextContent();
  return text.slice(-1);
}

/** The caret's offset in `node` when the selection is a caret in it; undefined when a range touches it. */
function $caretIn(node: TextNode): number | null | undefined {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const key = node.getKey();
  const inAnchor = selection.anchor.type === 'text' && selection.anchor.key === key;
  const inFocus = selection.focus.type === 'text' && selection.focus.key === key;
  if (!inAnchor && !inFocus) return null;
  if (!selection.isCollapsed()) return undefined;
  return selection.anchor.offset;
}

export function registerFrenchTypography(editor: LexicalEditor): () => void {
  /** Text nodes with a word left for later. */
  const pending = new Set<NodeKey>();

  const $plan = (node: TextNode): TypesetResult | null => {
    if (node.getFormat() & CODE_FORMAT || !node.isSimpleText() || NOT_PROSE.test(node.getTextContent())) return null;
    const caret = $caretIn(node);
    if (caret === undefined) return { text: node.getTextContent(), caret: null, deferred: true };
    return typesetAroundCaret(node.getTextContent(), caret, previousChar(node));
  };

  const $apply = (node: TextNode) => {
    const plan = $plan(node);
    const key = node.getKey();
    if (!plan) {
      pending.delete(key);
      return;
    }
    if (plan.deferred) pending.add(key);
    else pending.delete(key);
    if (plan.text === node.getTextContent()) return;
    node.setTextContent(plan.text);
    if (plan.caret !== null) {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        selection.anchor.set(key, plan.caret, 'text');
        selection.focus.set(key, plan.caret, 'text');
      }
    }
  };

  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      if ($isHousekeepingPass()) return;
      $apply(node);
    }),
    // The caret left a word that was waiting: typeset it now, as part of the last undo step.
    editor.registerUpdateListener(({ editorState }) => {
      if (pending.size === 0) return;
      const due = editorState.read(() =>
        [...pending].filter((key) => {
          const node = $getNodeByKey(key);
          if (!$isTextNode(node) || !node.isAttached()) {
            pending.delete(key);
            return false;
          }
          const plan = $plan(node);
          if (!plan || !plan.deferred) pending.delete(key);
          return plan !== null && plan.text !== node.getTextContent();
        }),
      );
      if (due.length === 0) return;
      editor.update(
        () => {
          for (const key of due) {
            const node = $getNodeByKey(key);
            if ($isTextNode(node)) node.markDirty();
          }
        },
        { tag: [HISTORY_MERGE_TAG, FOLLOW_UP_TAG] },
      );
    }),
  );
}
