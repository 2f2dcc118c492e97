/**
 * The trash of a meeting: recommendations deleted, most recent first, each restorable to its
 * committee and place. Nothing here is ever erased for good: history is append-only.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingDetail, TrashItem } from '../../../../shared/domain/types';
import { api, settle } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { RestoreIcon } from '../../components/icons';
import { StatusBadge } from '../../components/StatusBadge';
import { flushAll } from '../../editor/pendingSaves';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { hrefFor } from '../../routing/route';
import { useShowMeeting } from '../../shell/currentMeeting';
import { useNotices } from '../../shell/notices';

interface Loaded {
  meeting: MeetingDetail;
  trash: TrashItem[];
}

export function TrashScreen({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const load = useCallback(async () => {
    await flushAll();
    const [meeting, trash] = await Promise.all([api().meeting.get({ meetingId }), api().trash.list({ meetingId })]);
    if (!meeting.ok) return meeting;
    if (!trash.ok) return trash;
    return { ok: true as const, value: { meeting: meeting.value, trash: trash.value } };
  }, [meetingId]);
  const { state, reload } = useLoad<Loaded>(load, `trash-screen/${meetingId}`);
  useShowMeeting(state.status === 'ready' ? state.value.meeting : null);

  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, trash } = state.value;
  const meetingHref = hrefFor({ name: 'meeting', meetingId });
  return (
    <div className="page page-narrow">
      <Breadcrumb items={[{ label: t('shell.meetings'), href: '#/' }, { label: meeting.title, href: meetingHref }, { label: t('trash.title') }]} />
      <TrashList meetingId={meetingId} meetingHref={meetingHref} items={trash} onRestored={reload} />
    </div>
  );
}

function TrashList({ meetingId, meetingHref, items, onRestored }: { meetingId: string; meetingHref: string; items: TrashItem[]; onRestored(): Promise<void> }) {
  const { t, plural, locale } = useI18n();
  const { reportError, inform } = useNotices();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    heading.current?.focus();
  }, [meetingId]);

  const restore = async (item: TrashItem, index: number) => {
    const result = await settle(() => api().recommendation.restore({ recommendationId: item.id }));
    if (!result.ok) return reportError(result.error);
    const restored = result.value;
    const message = restored.number
      ? t('trash.restored', { title: restored.title, committee: restored.committeeName, number: restored.number })
      : t('trash.restoredUnnumbered', { title: restored.title, committee: restored.committeeName });
    inform('trash.restoredNotice', { title: restored.title });
    setAnnouncement(message);
    await onRestored();
    // Focus stays in the list, on the item that took the restored one's place, else on the heading.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-restore]');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? heading.current)?.focus();
    });
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {t('trash.title')}
          </h1>
          <p className="page-intro">{t('trash.intro')}</p>
        </div>
        <a className="button" href={meetingHref}>
          {t('trash.back')}
        </a>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {items.length === 0 ? (
        <section className="empty-state" aria-labelledby="trash-empty">
          <h2 id="trash-empty">{t('trash.emptyTitle')}</h2>
          <p>{t('trash.emptyBody')}</p>
        </section>
      ) : (
        <>
          <p className="muted small trash-count">{plural('trash.count', items.length)}</p>
          <ul ref={list} className="trash-list" aria-label={t('trash.listLabel')}>
            {items.map((item, index) => (
              <li key={item.id} className="trash-item">
                <div className="trash-item-main">
                  <p className="trash-item-title">{item.title}</p>
                  <p className="trash-item-meta">
                    <span>{t('trash.committee', { name: item.committeeName })}</span>
                    <span>
                      {item.deletedByName
                        ? t('trash.deletedBy', { date: formatDateTime(locale, item.deletedAt), name: item.deletedByName })
                        : t('trash.deletedOn', { date: formatDateTime(locale, item.deletedAt) })}
                    </span>
                  </p>
                </div>
                <StatusBadge status={item.status} />
                <button
                  type="button"
                  className="button button-small"
                  data-restore={item.id}
                  aria-label={t('trash.restoreLabel', { title: item.title })}
                  onClick={() => void restore(item, index)}
                >
                  <RestoreIcon />
                  {t('trash.restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
