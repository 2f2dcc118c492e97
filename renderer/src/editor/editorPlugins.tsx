/**
 * The recommendation editor's behaviours as React plugins: paragraph kinds, French typography,
 * clean paste, safe links, supported formats, keys, and the word and character counts.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { countWords } from '../../../shared/document/lexicalJson';
import { DOCUMENT_LIMITS } from '../../../shared/document/validate';
import type { TypographyMode } from '../../../shared/domain/types';
import { useI18n } from '../i18n/context';
import { whenIdle } from './idle';
import { registerEditorKeys } from './keys';
import { registerSafeLinks } from './links';
import { registerParagraphKinds } from './paragraphKind';
import { registerCleanPaste } from './paste/paste';
import { registerSupportedFormats } from './supportedFormats';
import { registerFrenchTypography } from './typography';

export function ParagraphKindPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const label = t('kind.marginLabel');
  const registration = useRef<ReturnType<typeof registerParagraphKinds> | null>(null);
  const labelRef = useRef(label);
  useEffect(() => {
    labelRef.current = label;
    registration.current?.setLabel(label);
  }, [label]);
  useEffect(() => {
    const registered = registerParagraphKinds(editor, labelRef.current);
    registration.current = registered;
    return () => {
      registration.current = null;
      registered.dispose();
    };
  }, [editor]);
  return null;
}

export function TypographyPlugin({ typography }: { typography: TypographyMode }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => (typography === 'fr' ? registerFrenchTypography(editor) : undefined), [editor, typography]);
  return null;
}

/** Paste cleaning, safe links, supported formats and the editor's keys. */
export function CleanInputPlugin({ namespace }: { namespace: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const cleanups = [registerCleanPaste(editor, namespace), registerSafeLinks(editor), registerSupportedFormats(editor), registerEditorKeys(editor)];
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [editor, namespace]);
  return null;
}

interface Counts {
  words: number;
  characters: number;
}

function countOf(text: string): Counts {
  // Blocks are joined by line breaks in the text content: they are not characters the user typed.
  return { words: countWords(text), characters: text.replace(/\n/g, '').length };
}

/**
 * The counts of the whole text, block by block: a block whose text is what it was at the last count
 * is not counted again (typing changes one block; counting 5,000 words at each pause would not do).
 * Words never span two blocks, so the sums are the counts of the whole text.
 */
function $countText(cache: Map<NodeKey, { text: string; counts: Counts }>): Counts {
  const total = { words: 0, characters: 0 };
  const seen = new Set<NodeKey>();
  for (const block of $getRoot().getChildren()) {
    const key = block.getKey();
    const text = block.getTextContent();
    let entry = cache.get(key);
    if (entry?.text !== text) {
      entry = { text, counts: countOf(text) };
      cache.set(key, entry);
    }
    seen.add(key);
    total.words += entry.counts.words;
    total.characters += entry.counts.characters;
  }
  for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
  return total;
}

/** Counted at most this often while typing (ms)… */
const COUNT_INTERVAL_MS = 200;
/** …once the browser is idle after the keystroke's frame, at most this much later (ms). */
const COUNT_IDLE_TIMEOUT_MS = 300;

/** « 245 mots · 1 532 caractères » under the text; past the storage limit, says so. */
export function CountsPlugin({ id }: { id?: string }) {
  const [editor] = useLexicalComposerContext();
  const { plural, t } = useI18n();
  const [cache] = useState(() => new Map<NodeKey, { text: string; counts: Counts }>());
  const [counts, setCounts] = useState<Counts>(() => editor.getEditorState().read(() => $countText(cache)));
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (cancel) return;
      const timer = setTimeout(() => {
        cancel = whenIdle(() => {
          cancel = null;
          const next = editor.getEditorState().read(() => $countText(cache));
          setCounts((shown) => (shown.words === next.words && shown.characters === next.characters ? shown : next));
        }, COUNT_IDLE_TIMEOUT_MS);
      }, COUNT_INTERVAL_MS);
      cancel = () => clearTimeout(timer);
    });
    return () => {
      unregister();
      cancel?.();
    };
  }, [editor, cache]);
  const over = counts.characters > DOCUMENT_LIMITS.maxTextLength;
  return (
    <p id={id} className={`editor-counts${over ? ' editor-counts-over' : ''}`}>
      <span>{plural('editor.words', counts.words)}</span>
      <span aria-hidden="true"> · </span>
      <span>{plural('editor.characters', counts.characters)}</span>
      {over && <span className="editor-counts-limit"> — {t('editor.overLimit', { limit: DOCUMENT_LIMITS.maxTextLength })}</span>}
    </p>
  );
}
