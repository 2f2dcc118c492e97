/**
 * Comments beside the text: threads anchored to a span (painted in the editor, the one in focus
 * apart), general comments on the recommendation, detached threads (their text is gone) shown
 * apart, resolved threads folded. Replies, resolve and reopen, edit and delete one's own.
 *
 * Anchors are those the back end resolved on the head: the list is read again after every save,
 * so a span follows the text as it is edited around it.
 */
import type { LexicalEditor } from 'lexical';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { CommentThread } from '../../../shared/domain/review';
import { api, settle } from '../api/client';
import { useLoad } from '../api/useLoad';
import { Loading } from '../components/Feedback';
import { clearCommentHighlights, paintCommentHighlights, selectionAnchor, type SelectionAnchor, type SelectionProblem } from '../editor/commentAnchors';
import { useI18n } from '../i18n/context';
import { useNotices } from '../shell/notices';
import { Composer } from './CommentComposer';
import { ThreadList } from './CommentThreads';

export interface CommentsPanelHandle {
  /** Opens the composer for the selected span (Ctrl+Alt+M). */
  commentSelection(): void;
}

interface Props {
  recommendationId: string;
  revision: number;
  editor: LexicalEditor | null;
  /** Saves what is typed, so that an anchor is taken on the stored text; false when it could not be saved. */
  flush(): Promise<boolean>;
  onCount(open: number): void;
}

type Draft = { kind: 'anchored'; anchor: SelectionAnchor } | { kind: 'general' };

export const CommentsPanel = forwardRef<CommentsPanelHandle, Props>(function CommentsPanel({ recommendationId, revision, editor, flush, onCount }, ref) {
  const { t, plural } = useI18n();
  const { reportError, inform } = useNotices();
  const load = useCallback(() => api().comment.list({ recommendationId }), [recommendationId]);
  const { state, reload, set } = useLoad<CommentThread[]>(load, `comments/${recommendationId}`);
  const [selection, setSelection] = useState<{ anchor: SelectionAnchor } | { problem: SelectionProblem }>({ problem: 'none' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const threads = useMemo(() => (state.status === 'ready' ? state.value : []), [state]);

  useEffect(() => {
    if (revision > 0) void reload();
  }, [revision, reload]);

  const open = threads.filter((th) => !th.resolved);
  useEffect(() => onCount(open.length), [open.length, onCount]);

  // The selection, followed as the user moves in the text.
  useEffect(() => {
    if (!editor) return;
    // Runs at every keystroke: the panel re-renders only when the selection's anchor changes.
    const read = () => {
      const next = selectionAnchor(editor);
      setSelection((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    read();
    return editor.registerUpdateListener(read);
  }, [editor]);

  // The commented spans, painted again whenever the text or the list changes.
  const threadsRef = useRef(threads);
  const activeRef = useRef(active);
  useEffect(() => {
    threadsRef.current = threads;
    activeRef.current = active;
  });
  const paint = useCallback(() => {
    if (!editor) return null;
    const spans = threadsRef.current
      .filter((th) => !th.resolved && !th.deleted && th.anchor?.current)
      .map((th) => ({ ...th.anchor!.current!, active: th.id === activeRef.current }));
    return paintCommentHighlights(editor, spans);
  }, [editor]);
  useEffect(() => {
    paint();
  }, [paint, threads]);
  useEffect(() => {
    const range = paint();
    if (active) range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [paint, active]);
  useEffect(() => {
    if (!editor) return;
    const off = editor.registerUpdateListener(() => paint());
    return () => {
      off();
      clearCommentHighlights();
    };
  }, [editor, paint]);

  const startAnchored = useCallback(() => {
    // A frame later: the browser's last selection change (a key pressed just before) has reached the editor.
    requestAnimationFrame(() => {
      const current = editor ? selectionAnchor(editor) : { problem: 'none' as const };
      if ('anchor' in current) setDraft({ kind: 'anchored', anchor: current.anchor });
      else inform(current.problem === 'several-blocks' ? 'comments.oneParagraph' : current.problem === 'too-long' ? 'comments.tooLong' : 'comments.selectFirst');
    });
  }, [editor, inform]);

  useImperativeHandle(ref, () => ({ commentSelection: startAnchored }), [startAnchored]);

  const replaceThread = (thread: CommentThread) => set(threads.map((th) => (th.id === thread.id ? thread : th)));

  const post = async (text: string): Promise<boolean> => {
    if (!draft) return false;
    // The anchor was read on the text as shown: store that text first, so that it is the head.
    if (draft.kind === 'anchored' && !(await flush())) {
      inform('comments.saveFirst');
      return false;
    }
    const result = await settle(() =>
      api().comment.add({ recommendationId, text, ...(draft.kind === 'anchored' ? { anchor: draft.anchor } : {}) }),
    );
    if (!result.ok) {
      reportError(result.error);
      return false;
    }
    setDraft(null);
    setActive(result.value.id);
    await reload();
    return true;
  };

  const anchored = open.filter((th) => th.anchor && th.anchor.state !== 'detached');
  const general = open.filter((th) => !th.anchor);
  const detached = open.filter((th) => th.anchor?.state === 'detached');
  const resolved = threads.filter((th) => th.resolved);
  const canComment = 'anchor' in selection;

  return (
    <div className="comments">
      <div className="comments-actions">
        <button
          type="button"
          className="button button-small button-primary"
          onClick={startAnchored}
          aria-keyshortcuts="Control+Alt+M"
          title={t('comments.commentKey')}
          aria-disabled={!canComment}
        >
          {t('comments.comment')}
        </button>
        <button type="button" className="button button-small" onClick={() => setDraft({ kind: 'general' })}>
          {t('comments.general')}
        </button>
      </div>
      <p className="muted small">{canComment ? t('comments.selectionReady') : t('comments.howTo')}</p>
      {draft && (
        <Composer
          label={draft.kind === 'anchored' ? t('comments.newAnchored') : t('comments.newGeneral')}
          quote={draft.kind === 'anchored' ? draft.anchor.quote : null}
          submitLabel={t('comments.post')}
          onSubmit={post}
          onCancel={() => setDraft(null)}
        />
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <p className="form-error">{t('comments.loadFailed')}</p>}
      {state.status === 'ready' && threads.length === 0 && !draft && <p className="empty-note">{t('comments.empty')}</p>}
      {anchored.length > 0 && (
        <ThreadList label={t('comments.inText')} threads={anchored} active={active} onActive={setActive} onChanged={replaceThread} onList={set} />
      )}
      {general.length > 0 && (
        <ThreadList label={t('comments.generalHeading')} threads={general} active={active} onActive={setActive} onChanged={replaceThread} onList={set} />
      )}
      {detached.length > 0 && (
        <ThreadList
          label={t('comments.detachedHeading')}
          note={t('comments.detachedNote')}
          threads={detached}
          active={active}
          onActive={setActive}
          onChanged={replaceThread}
          onList={set}
        />
      )}
      {resolved.length > 0 && (
        <details className="comments-resolved">
          <summary>{plural('comments.resolvedCount', resolved.length)}</summary>
          <ThreadList label={t('comments.resolvedHeading')} threads={resolved} active={active} onActive={setActive} onChanged={replaceThread} onList={set} />
        </details>
      )}
    </div>
  );
});
