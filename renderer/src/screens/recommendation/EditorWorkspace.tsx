/**
 * The editing page: title, rich text, save state and versions. Owns the autosaver of this
 * recommendation: saves ~800 ms after the last change, and flushes when the page is left, the
 * window closes or the app is hidden (the shell calls flushAll for those).
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { MeetingDetail, Recommendation } from '../../../../shared/domain/types';
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import { api } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { StatusBadge } from '../../components/StatusBadge';
import { Autosaver } from '../../editor/autosave';
import { takeTextFocusOnOpen } from '../../editor/openIntent';
import { clearDraft, readDraft, writeDraft } from '../../editor/draftJournal';
import { registerFlush, registerJournal, trackFlush } from '../../editor/pendingSaves';
import { ensureUniqueBlockIds } from '../../editor/plugins';
import { RecommendationEditor } from '../../editor/RecommendationEditor';
import { useI18n } from '../../i18n/context';
import { hrefFor, navigate } from '../../routing/route';
import { handleScreenCommands, setPendingCommand } from '../../shell/commands';
import { useNotices } from '../../shell/notices';
import { SaveIndicator } from './SaveIndicator';
import { VersionsPanel } from './VersionsPanel';

interface Props {
  recommendation: Recommendation;
  meeting: MeetingDetail;
}

function readBody(editor: LexicalEditor): SerializedDocument {
  ensureUniqueBlockIds(editor);
  return editor.getEditorState().toJSON() as unknown as SerializedDocument;
}

export function EditorWorkspace({ recommendation, meeting }: Props) {
  const { t } = useI18n();
  const { reportError, inform } = useNotices();
  const titleId = useId();
  const saveStateId = useId();
  const [title, setTitle] = useState(recommendation.title);
  const [current, setCurrent] = useState(recommendation);
  const [revision, setRevision] = useState(0);
  const titleRef = useRef(recommendation.title);
  const editorRef = useRef<LexicalEditor | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const [saver] = useState(
    () =>
      new Autosaver({
        recommendationId: recommendation.id,
        baseVersionId: recommendation.headVersionId,
        save: (input) => api().recommendation.save(input),
        onSaved: (saved) => {
          setCurrent(saved);
          setRevision((r) => r + 1);
        },
        journal: {
          write: (snapshot, baseVersionId) =>
            writeDraft(recommendation.id, { ...snapshot, baseVersionId, savedAt: new Date().toISOString() }),
          clear: () => clearDraft(recommendation.id),
        },
      }),
  );
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);

  useEffect(() => {
    const unregister = registerFlush(() => saver.flush());
    const unregisterJournal = registerJournal(() => saver.journalNow());
    return () => {
      unregister();
      unregisterJournal();
      // Leaving the page (another route, another recommendation): save now, and let the next
      // screen wait for it. If that save fails the saver keeps retrying in the background (it
      // still reads the closed editor's state), and the user is told.
      trackFlush(
        saver.flush().then((saved) => {
          if (saved) return saver.dispose();
          const status = saver.getStatus();
          // A blank title is simply not stored (the text was, under the previous title).
          if (status.kind === 'error' && status.error.code !== 'empty_title') reportError(status.error);
        }),
      );
    };
  }, [saver, reportError]);

  useEffect(
    () =>
      handleScreenCommands((command) => {
        setPendingCommand(command.command === 'new-recommendation' ? { ...command, committeeId: recommendation.committeeId } : command);
        navigate({ name: 'meeting', meetingId: meeting.id });
        return true;
      }),
    [meeting.id, recommendation.committeeId],
  );

  const onReady = useCallback(
    (editor: LexicalEditor) => {
      editorRef.current = editor;
      saver.setSource(() => ({ title: titleRef.current, body: readBody(editor) }));
      // What the editor holds now is what is stored: only a change from here on is saved.
      saver.markLoaded();
      // Edits journaled but never stored (a reload or crash cut the save short): put them back
      // and store them now, on top of the current version.
      const draft = readDraft(recommendation.id);
      if (draft && JSON.stringify([draft.title, draft.body]) !== JSON.stringify([titleRef.current, readBody(editor)])) {
        editor.setEditorState(editor.parseEditorState(JSON.stringify(draft.body)));
        if (draft.title.trim()) {
          titleRef.current = draft.title;
          setTitle(draft.title);
        }
        saver.change();
        inform('editor.recovered');
      } else if (draft) {
        clearDraft(recommendation.id);
      }
      if (takeTextFocusOnOpen()) editor.focus();
      else headingRef.current?.focus();
    },
    [saver, recommendation.id, inform],
  );

  const onEditorError = useCallback(
    (error: Error) => {
      console.error(error);
      reportError({ code: 'internal', message: { fr: error.message, en: error.message } });
    },
    [reportError],
  );

  const number = current.number;
  const crumb = number ? t('editor.heading', { number: t('rec.number', { number }) }) : t('editor.headingUnnumbered');

  return (
    <div className="page page-editor">
      <Breadcrumb
        items={[
          { label: t('shell.meetings'), href: '#/' },
          { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId: meeting.id }) },
          { label: crumb },
        ]}
      />
      <div className="editor-layout">
        <article className="editor-column" aria-labelledby={titleId}>
          <header className="editor-header">
            <div className="editor-heading-row">
              <h1 id={titleId} ref={headingRef} tabIndex={-1} className="editor-kicker">
                {crumb}
              </h1>
              <SaveIndicator id={saveStateId} status={status} />
            </div>
            <p className="editor-context">
              <span>{t('editor.committee', { name: current.committeeName })}</span>
              <StatusBadge status={current.status} />
            </p>
          </header>
          <div className="field title-field">
            <label htmlFor={`${titleId}-input`}>{t('editor.titleLabel')}</label>
            <textarea
              id={`${titleId}-input`}
              className="title-input"
              rows={2}
              value={title}
              maxLength={500}
              aria-describedby={saveStateId}
              onKeyDown={(event) => {
                // Enter ends the title and goes on to the text, as in a word processor.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  editorRef.current?.focus();
                }
              }}
              onChange={(event) => {
                // A title is one line: a pasted line break becomes a space.
                const value = event.target.value.replace(/[\r\n]+/g, ' ');
                setTitle(value);
                titleRef.current = value;
                saver.change();
              }}
            />
          </div>
          <RecommendationEditor
            body={recommendation.body}
            onReady={onReady}
            onChange={() => saver.change()}
            onError={onEditorError}
          />
        </article>
        <VersionsPanel recommendationId={recommendation.id} revision={revision} headVersionId={current.headVersionId} />
      </div>
    </div>
  );
}
