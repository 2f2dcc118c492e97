/**
 * The editing page: title, rich text, structured fields, status, save state and versions. Its two
 * savers (the text's autosaver, ~800 ms after the last change, and the fields' saver) live in
 * useRecommendationSavers; they flush when the page is left, the window closes or the app is
 * hidden, and before moving to the next or previous recommendation. Its keys are in useWorkspaceKeys.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { EditableFields, MeetingDetail, Recommendation } from '../../../../shared/domain/types';
import { applyFrenchTypography } from '../../../../shared/typography/french';
import { api, settle } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { RecommendationConflictsNotice } from '../exchange/ExchangeLinks';
import { clearDraft, readDraft } from '../../editor/draftJournal';
import { ChevronLeftIcon, ChevronRightIcon } from '../../editor/editorIcons';
import { takeTextFocusOnOpen } from '../../editor/openIntent';
import { ensureUniqueBlockIds } from '../../editor/plugins';
import { RecommendationEditor } from '../../editor/RecommendationEditor';
import { useI18n } from '../../i18n/context';
import { hrefFor, navigate } from '../../routing/route';
import { handleScreenCommands, setPendingCommand } from '../../shell/commands';
import { useNotices } from '../../shell/notices';
import { useRenderCount } from '../../perf/renderCounts';
import { DetailsPanel } from './DetailsPanel';
import { readFieldsJournal } from './fieldsSaver';
import { fieldsOf, useRecommendationSavers } from './useRecommendationSavers';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { SaveIndicator } from './SaveIndicator';
import type { StatusSectionHandle } from './StatusSection';
// The review side (issue 4): comments, history, amendments, audit.
import type { HistoryVersion } from '../../../../shared/domain/review';
import type { CommentsPanelHandle } from '../../review/CommentsPanel';
import { ReviewPanel, type ReviewTab } from '../../review/ReviewPanel';

interface Props {
  recommendation: Recommendation;
  meeting: MeetingDetail;
  /** The recommendation was replaced by a new version made elsewhere than in the text (a restore): show it. */
  onReplaced(recommendation: Recommendation): void;
}

function readBody(editor: LexicalEditor): SerializedDocument {
  ensureUniqueBlockIds(editor);
  return editor.getEditorState().toJSON() as unknown as SerializedDocument;
}

export function EditorWorkspace({ recommendation, meeting, onReplaced }: Props) {
  useRenderCount('workspace');
  const { t, locale } = useI18n();
  const { reportError, inform } = useNotices();
  const titleId = useId();
  const saveStateId = useId();
  const [title, setTitle] = useState(recommendation.title);
  const [current, setCurrent] = useState(recommendation);
  const [revision, setRevision] = useState(0);
  // Fields changed but not stored when the app last stopped come back on screen (and are sent again below).
  const [recoveredFields] = useState(() => readFieldsJournal(recommendation.id));
  const [fields, setFields] = useState<EditableFields>(() => ({ ...fieldsOf(recommendation), ...recoveredFields }));
  const fieldsRef = useRef(fields);
  useEffect(() => {
    fieldsRef.current = fields;
  });
  const titleRef = useRef(recommendation.title);
  const editorRef = useRef<LexicalEditor | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<StatusSectionHandle>(null);
  const french = meeting.typography === 'fr';
  const [reviewTab, setReviewTab] = useState<ReviewTab>('comments');
  const [editorInstance, setEditorInstance] = useState<LexicalEditor | null>(null);
  const commentsRef = useRef<CommentsPanelHandle>(null);

  const onStored = useCallback((saved: Recommendation) => {
    setCurrent(saved);
    setRevision((r) => r + 1);
  }, []);
  const { saver, fieldsSaver, flushBoth, tooLong } = useRecommendationSavers({ recommendation, recoveredFields, onStored, setFields, reportError, inform });

  useEffect(
    () =>
      handleScreenCommands((command) => {
        setPendingCommand(command.command === 'new-recommendation' ? { ...command, committeeId: current.committeeId } : command);
        navigate({ name: 'meeting', meetingId: meeting.id });
        return true;
      }),
    [meeting.id, current.committeeId],
  );

  const order = meeting.recommendations.map((r) => r.id);
  const position = order.indexOf(recommendation.id);
  const previousId = position > 0 ? order[position - 1]! : null;
  const nextId = position >= 0 && position < order.length - 1 ? order[position + 1]! : null;

  /** Next or previous recommendation, once this one is saved; a text that cannot be stored keeps the user here. */
  const goTo = useCallback(
    async (targetId: string | null, which: 'next' | 'previous') => {
      if (!targetId) {
        inform(which === 'next' ? 'editor.noNext' : 'editor.noPrevious');
        return;
      }
      await flushBoth();
      const textState = saver.getStatus();
      if (textState.kind === 'error' && textState.error.code === 'invalid_document') {
        reportError(textState.error);
        inform('editor.cannotLeave');
        return;
      }
      navigate({ name: 'recommendation', meetingId: meeting.id, recommendationId: targetId });
    },
    [flushBoth, saver, inform, reportError, meeting.id],
  );

  useWorkspaceKeys({
    next: () => void goTo(nextId, 'next'),
    previous: () => void goTo(previousId, 'previous'),
    status: statusRef,
    commentSelection: () => {
      setReviewTab('comments');
      commentsRef.current?.commentSelection();
    },
  });

  const onReady = useCallback(
    (editor: LexicalEditor) => {
      editorRef.current = editor;
      setEditorInstance(editor);
      saver.setSource(() => ({ title: titleRef.current, body: readBody(editor) }));
      // What the editor holds now is what is stored: only a change from here on is saved.
      saver.markLoaded();
      // Edits journaled but never stored (a reload or crash cut the save short): put them back
      // and store them now, on top of the current version.
      const draft = readDraft(recommendation.id);
      if (draft && JSON.stringify([draft.title, draft.body]) !== JSON.stringify([titleRef.current, readBody(editor)])) {
        try {
          editor.setEditorState(editor.parseEditorState(JSON.stringify(draft.body)));
        } catch (error) {
          console.error(error);
        }
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

  const changeFields = useCallback(
    (changes: Partial<EditableFields>, now: boolean) => {
      const typeset = (value: string) => (french ? applyFrenchTypography(value) : value);
      const clean: Partial<EditableFields> = { ...changes };
      if (clean.addressees) clean.addressees = clean.addressees.map(typeset);
      if (clean.leadActors) clean.leadActors = clean.leadActors.map(typeset);
      setFields((shown) => ({ ...shown, ...clean }));
      fieldsSaver.set(clean, now);
    },
    [fieldsSaver, french],
  );

  const blurFields = useCallback(() => {
    // The horizon is typeset when the user leaves it (not under the caret), then everything waiting is saved.
    const horizon = fieldsRef.current.horizon;
    const typeset = french ? applyFrenchTypography(horizon) : horizon;
    if (typeset !== horizon) {
      setFields((shown) => ({ ...shown, horizon: typeset }));
      fieldsSaver.set({ horizon: typeset });
    }
    void fieldsSaver.flush();
  }, [fieldsSaver, french]);

  /**
   * Restores an old version: what is typed is stored first (so nothing typed is lost, and the
   * restore lands on top of it), then the page shows the new version with fresh savers.
   */
  const restore = useCallback(
    async (version: HistoryVersion) => {
      if (!(await flushBoth())) {
        const state = saver.getStatus();
        if (state.kind === 'error') reportError(state.error);
        return false;
      }
      const result = await settle(() => api().recommendation.restoreVersion({ recommendationId: recommendation.id, versionId: version.id }));
      if (!result.ok) {
        reportError(result.error);
        return false;
      }
      onReplaced(result.value);
      return true;
    },
    [flushBoth, saver, reportError, recommendation.id, onReplaced],
  );

  const number = current.number;
  const crumb = number ? t('editor.heading', { number: t('rec.number', { number }) }) : t('editor.headingUnnumbered');

  return (
    <div className="page page-editor">
      <div className="editor-topline">
        <Breadcrumb
          items={[
            { label: t('shell.meetings'), href: '#/' },
            { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId: meeting.id }) },
            { label: crumb },
          ]}
        />
        {order.length > 1 && position >= 0 && (
          <nav className="editor-pager" aria-label={t('editor.pager')}>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t('editor.previous')}
              title={`${t('editor.previous')} (${t('editor.keyPrevious')})`}
              aria-keyshortcuts="Alt+PageUp"
              disabled={!previousId}
              onClick={() => void goTo(previousId, 'previous')}
            >
              <ChevronLeftIcon />
              {t('editor.previousShort')}
            </button>
            <span className="editor-pager-position">{t('editor.position', { position: position + 1, total: order.length })}</span>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t('editor.next')}
              title={`${t('editor.next')} (${t('editor.keyNext')})`}
              aria-keyshortcuts="Alt+PageDown"
              disabled={!nextId}
              onClick={() => void goTo(nextId, 'next')}
            >
              {t('editor.nextShort')}
              <ChevronRightIcon />
            </button>
          </nav>
        )}
      </div>
      <RecommendationConflictsNotice meetingId={meeting.id} recommendationId={recommendation.id} />
      <div className="editor-layout">
        <article className="editor-column" aria-labelledby={titleId}>
          <header className="editor-header">
            <div className="editor-heading-row">
              <h1 id={titleId} ref={headingRef} tabIndex={-1} className="editor-kicker">
                {crumb}
              </h1>
              <SaveIndicator id={saveStateId} textSaver={saver} fieldsSaver={fieldsSaver} />
            </div>
            <p className="editor-context">
              <span>{t('editor.committee', { name: current.committeeName })}</span>
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
              onBlur={() => {
                if (!french) return;
                const typeset = applyFrenchTypography(titleRef.current);
                if (typeset === titleRef.current) return;
                setTitle(typeset);
                titleRef.current = typeset;
                saver.change();
              }}
            />
          </div>
          {tooLong && (
            <div className="editor-alert" role="alert">
              <p>
                <strong>{t('editor.tooLongTitle')}</strong> {tooLong.error.message[locale]}
              </p>
              <p>{t('editor.tooLongBody')}</p>
            </div>
          )}
          <RecommendationEditor
            body={recommendation.body}
            onReady={onReady}
            onChange={() => saver.change()}
            onError={onEditorError}
            typography={meeting.typography}
          />
        </article>
        <div className="editor-side">
          <ReviewPanel
            ref={commentsRef}
            recommendation={current}
            meeting={meeting}
            revision={revision}
            editor={editorInstance}
            tab={reviewTab}
            onTab={setReviewTab}
            flush={flushBoth}
            onRestore={restore}
          />
          <DetailsPanel
            ref={statusRef}
            recommendation={current}
            meeting={meeting}
            fields={fields}
            onFieldsChange={changeFields}
            onFieldsBlur={blurFields}
            onStatusChanged={(changed) => {
              setCurrent(changed);
              setRevision((r) => r + 1);
            }}
          />
        </div>
      </div>
    </div>
  );
}
