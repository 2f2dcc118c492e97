/**
 * The rich-text editor of a recommendation: Lexical with rich text, lists, history and a toolbar.
 * The body is loaded once (the component is keyed by recommendation); the screen reads the current
 * state through the editor instance it receives in `onReady`.
 */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalEditor } from 'lexical';
import { useId, useState } from 'react';
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import { useI18n } from '../i18n/context';
import { BlockIdsPlugin, DocumentChangePlugin, EditorReadyPlugin } from './plugins';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';

interface Props {
  body: SerializedDocument;
  onReady(editor: LexicalEditor): void;
  onChange(): void;
  onError(error: Error): void;
  describedBy?: string;
}

export function RecommendationEditor({ body, onReady, onChange, onError, describedBy }: Props) {
  const { t } = useI18n();
  const contentId = useId();
  // Read once on mount, as LexicalComposer does: later renders must not reload the document.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'palabre-recommendation',
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
        <HistoryPlugin />
        <ListPlugin />
        <BlockIdsPlugin />
        <DocumentChangePlugin onChange={onChange} />
        <EditorReadyPlugin onReady={onReady} />
      </div>
    </LexicalComposer>
  );
}
