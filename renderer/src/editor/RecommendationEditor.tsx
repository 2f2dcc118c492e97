/**
 * The rich-text editor of a recommendation: Lexical with rich text, nested lists, safe links,
 * history, preambular and operative paragraphs, clean paste, French typography as you type (when
 * the meeting asks for it), and word and character counts under the text.
 * The body is loaded once (the component is keyed by recommendation); the screen reads the current
 * state through the editor instance it receives in `onReady`.
 */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalEditor } from 'lexical';
import { useId, useState } from 'react';
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import type { TypographyMode } from '../../../shared/domain/types';
import { useI18n } from '../i18n/context';
import { CleanInputPlugin, CountsPlugin, ParagraphKindPlugin, TypographyPlugin } from './editorPlugins';
import { isSafeUrl } from './links';
import { BlockIdsPlugin, DocumentChangePlugin, EditorReadyPlugin } from './plugins';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';

interface Props {
  body: SerializedDocument;
  onReady(editor: LexicalEditor): void;
  onChange(): void;
  onError(error: Error): void;
  describedBy?: string;
  /** The meeting's typography: 'fr' applies French typography as the user types. */
  typography?: TypographyMode;
}

const NAMESPACE = 'palabre-recommendation';

export function RecommendationEditor({ body, onReady, onChange, onError, describedBy, typography = 'none' }: Props) {
  const { t } = useI18n();
  const contentId = useId();
  const countsId = useId();
  // Read once on mount, as LexicalComposer does: later renders must not reload the document.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: NAMESPACE,
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
    theme: editorTheme,
    onError: (error) => onError(error),
    editorState: JSON.stringify(body),
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor">
        <Toolbar controls={contentId} />
        <div className="editor-surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id={contentId}
                className="editor-content"
                aria-label={t('editor.bodyLabel')}
                aria-multiline
                aria-describedby={describedBy}
                spellCheck
                aria-placeholder={t('editor.placeholder')}
                placeholder={<div className="editor-placeholder">{t('editor.placeholder')}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <CountsPlugin id={countsId} />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <BlockIdsPlugin />
        <ParagraphKindPlugin />
        <CleanInputPlugin namespace={NAMESPACE} />
        <TypographyPlugin typography={typography} />
        <DocumentChangePlugin onChange={onChange} />
        <EditorReadyPlugin onReady={onReady} />
      </div>
    </LexicalComposer>
  );
}
