/**
 * The recommendation editor's behaviours as React plugins: paragraph kinds, French typography,
 * clean paste, safe links, supported formats, keys, and the word and character counts.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { countWords } from '../../../shared/document/lexicalJson';
import { DOCUMENT_LIMITS } from '../../../shared/document/validate';
import type { TypographyMode } from '../../../shared/domain/types';
import { useI18n } from '../i18n/context';
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

/** « 245 mots · 1 532 caractères » under the text; past the storage limit, says so. */
export function CountsPlugin({ id }: { id?: string }) {
  const [editor] = useLexicalComposerContext();
  const { plural, t } = useI18n();
  const [counts, setCounts] = useState<Counts>(() => editor.getEditorState().read(() => countOf($getRoot().getTextContent())));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // Counted at most a few times a second: a long text is not walked on every keystroke.
      timer ??= setTimeout(() => {
        timer = null;
        setCounts(editor.getEditorState().read(() => countOf($getRoot().getTextContent())));
      }, 200);
    });
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
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
