/**
 * Comments beside the text: threads anchored to a span (painted in the editor, the one in focus
 * apart), general comments on the recommendation, detached threads (their text is gone) shown
 * apart, resolved threads folded. Replies, resolve and reopen, edit and delete one's own.
 *
 * Anchors are those the back end resolved on the head: the list is read again after every save,
 * so a span follows the text as it is edited around it.
 */
import type { LexicalEditor } from 'lexical';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useId, useMemo, useRef, useState } from 'react';
import type { CommentInfo, CommentThread } from '../../../shared/domain/review';
import { api, settle, type Result } from '../api/client';
import { useLoad } from '../api/useLoad';
import { Loading } from '../components/Feedback';
import { clearCommentHighlights, paintCommentHighlights, selectionAnchor, type SelectionAnchor, type SelectionProblem } from '../editor/commentAnchors';
import { useI18n } from '../i18n/context';
import { formatDateTime, formatMoment } from '../i18n/format';
import { useNotices } from '../shell/notices';
import { personLabel } from './reviewFormat';

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

function ThreadList(props: {
  label: string;
  note?: string;
  threads: CommentThread[];
  active: string | null;
  onActive(id: string | null): void;
  onChanged(thread: CommentThread): void;
  onList(threads: CommentThread[]): void;
}) {
  const headingId = useId();
  return (
    <section className="thread-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="thread-group-heading">
        {props.label}
      </h3>
      {props.note && <p className="muted small">{props.note}</p>}
      <ul className="thread-list">
        {props.threads.map((thread) => (
          <Thread key={thread.id} thread={thread} active={props.active === thread.id} onActive={props.onActive} onChanged={props.onChanged} onList={props.onList} />
        ))}
      </ul>
    </section>
  );
}

function Thread({
  thread,
  active,
  onActive,
  onChanged,
  onList,
}: {
  thread: CommentThread;
  active: boolean;
  onActive(id: string | null): void;
  onChanged(thread: CommentThread): void;
  onList(threads: CommentThread[]): void;
}) {
  const { t, locale } = useI18n();
  const { reportError } = useNotices();
  const [replying, setReplying] = useState(false);
  const quote = thread.anchor?.current?.quote ?? thread.anchor?.original.quote ?? null;

  const act = async (call: () => Promise<Result<CommentThread>>) => {
    const result = await settle(call);
    if (!result.ok) {
      reportError(result.error);
      return false;
    }
    onChanged(result.value);
    return true;
  };

  return (
    <li className={`thread${active ? ' thread-active' : ''}${thread.resolved ? ' thread-resolved' : ''}`}>
      {quote && (
        <button
          type="button"
          className="thread-quote"
          aria-pressed={active}
          onClick={() => onActive(active ? null : thread.id)}
          disabled={!thread.anchor?.current}
        >
          <span className="visually-hidden">{t('comments.showInText')} </span>
          <q>{quote}</q>
          {thread.anchor?.state === 'fuzzy' && <span className="thread-anchor-state">{t('comments.anchorFuzzy')}</span>}
          {thread.anchor?.state === 'moved' && <span className="thread-anchor-state">{t('comments.anchorMoved')}</span>}
        </button>
      )}
      <CommentBody comment={thread} onChanged={onChanged} onList={onList} />
      {thread.replies.length > 0 && (
        <ul className="thread-replies" aria-label={t('comments.repliesLabel')}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentBody comment={reply} onChanged={onChanged} onList={onList} />
            </li>
          ))}
        </ul>
      )}
      {thread.resolved && thread.resolvedAt && (
        <p className="muted small">
          {t('comments.resolvedBy', { name: thread.resolvedByName ?? t('versions.unknownAuthor'), date: formatDateTime(locale, thread.resolvedAt) })}
        </p>
      )}
      {replying ? (
        <Composer
          label={t('comments.replyLabel')}
          quote={null}
          submitLabel={t('comments.sendReply')}
          onCancel={() => setReplying(false)}
          onSubmit={async (text) => {
            const ok = await act(() => api().comment.add({ recommendationId: thread.recommendationId, text, parentId: thread.id }));
            if (ok) setReplying(false);
            return ok;
          }}
        />
      ) : (
        <div className="thread-actions">
          {!thread.resolved && (
            <button type="button" className="button button-quiet button-small" onClick={() => setReplying(true)}>
              {t('comments.reply')}
            </button>
          )}
          {thread.resolved ? (
            <button type="button" className="button button-quiet button-small" onClick={() => void act(() => api().comment.reopen({ commentId: thread.id }))}>
              {t('comments.reopen')}
            </button>
          ) : (
            <button type="button" className="button button-quiet button-small" onClick={() => void act(() => api().comment.resolve({ commentId: thread.id }))}>
              {t('comments.resolve')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function CommentBody({ comment, onChanged, onList }: { comment: CommentInfo; onChanged(thread: CommentThread): void; onList(threads: CommentThread[]): void }) {
  const { t, locale } = useI18n();
  const { reportError } = useNotices();
  const [editing, setEditing] = useState(false);
  const author = personLabel(comment.authorName, comment.authorDelegation, t('versions.unknownAuthor'));
  if (comment.deleted) return <p className="comment-deleted muted small">{t('comments.deleted')}</p>;
  return (
    <div className="comment">
      <p className="comment-meta">
        <span className="comment-author">{author}</span>
        <time className="muted small" dateTime={comment.createdAt} title={formatDateTime(locale, comment.createdAt)}>
          {formatMoment(locale, comment.createdAt)}
        </time>
        {comment.updatedAt && <span className="muted small">{t('comments.edited')}</span>}
      </p>
      {editing ? (
        <Composer
          label={t('comments.editLabel')}
          quote={null}
          initial={comment.text}
          submitLabel={t('comments.saveEdit')}
          onCancel={() => setEditing(false)}
          onSubmit={async (text) => {
            const result = await settle(() => api().comment.update({ commentId: comment.id, text }));
            if (!result.ok) {
              reportError(result.error);
              return false;
            }
            onChanged(result.value);
            setEditing(false);
            return true;
          }}
        />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {comment.mine && !editing && (
        <div className="comment-own">
          <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={async () => {
              const result = await settle(() => api().comment.delete({ commentId: comment.id }));
              if (!result.ok) reportError(result.error);
              else onList(result.value);
            }}
          >
            {t('comments.delete')}
          </button>
        </div>
      )}
    </div>
  );
}

function Composer({
  label,
  quote,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  quote: string | null;
  initial?: string;
  submitLabel: string;
  onSubmit(text: string): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const submit = async () => {
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    const ok = await onSubmit(text.trim());
    setBusy(false);
    // Kept on failure: nothing typed is lost.
    if (ok) setText('');
  };
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        // Escape closes an untouched composer only: what was typed is not thrown away by a stray key.
        if (event.key === 'Escape' && text === initial) {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <label htmlFor={id} className="composer-label">
        {label}
      </label>
      {quote && (
        <blockquote className="composer-quote">
          <q>{quote}</q>
        </blockquote>
      )}
      <textarea
        id={id}
        ref={ref}
        rows={3}
        maxLength={10000}
        value={text}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
      />
      {empty && (
        <p id={`${id}-error`} className="field-error">
          {t('comments.emptyText')}
        </p>
      )}
      <div className="composer-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  );
}
