/**
 * The comment threads of the comments panel: a group of threads under its heading, one thread with
 * its replies and its resolve/reopen actions, and one comment that its author may edit or delete.
 */
import { useId, useState } from 'react';
import type { CommentInfo, CommentThread } from '../../../shared/domain/review';
import { api, settle, type Result } from '../api/client';
import { useI18n } from '../i18n/context';
import { formatDateTime, formatMoment } from '../i18n/format';
import { useNotices } from '../shell/notices';
import { Composer } from './CommentComposer';
import { personLabel } from './reviewFormat';

export function ThreadList(props: {
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
