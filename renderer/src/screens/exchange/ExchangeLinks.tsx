/**
 * The meeting page's links to its conflicts (unresolved ones counted, drawn to the eye) and its
 * probable duplicates. The count is loaded apart (openConflicts.ts): the meeting page does not wait for it.
 */
import { useEffect, useState } from 'react';
import { api, settle } from '../../api/client';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';
import { useOpenConflictTotal } from './openConflicts';

export function ExchangeLinks({ meetingId }: { meetingId: string }) {
  const { t, plural } = useI18n();
  const openConflicts = useOpenConflictTotal();
  return (
    <nav className="review-links" aria-label={t('exchangeLinks.label')}>
      <a className={`button button-small${openConflicts ? ' button-attention' : ''}`} href={hrefFor({ name: 'conflicts', meetingId })} data-open-conflicts={openConflicts ?? undefined}>
        {openConflicts ? plural('exchangeLinks.openConflicts', openConflicts) : t('exchangeLinks.conflicts')}
      </a>
      <a className="button button-small" href={hrefFor({ name: 'duplicates', meetingId })}>
        {t('exchangeLinks.duplicates')}
      </a>
    </nav>
  );
}

/** On the editor page: how many conflicts of this recommendation are waiting, with a link to resolve them. */
export function RecommendationConflictsNotice({ meetingId, recommendationId }: { meetingId: string; recommendationId: string }) {
  const { t, plural } = useI18n();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    void settle(() => api().conflict.list({ meetingId })).then((result) => {
      if (live && result.ok) setCount(result.value.filter((c) => c.recommendationId === recommendationId).length);
    });
    return () => {
      live = false;
    };
  }, [meetingId, recommendationId]);
  if (count === 0) return null;
  return (
    <p className="conflict-notice" role="status">
      {plural('conflicts.editorNotice', count)} <a href={hrefFor({ name: 'conflicts', meetingId })}>{t('conflicts.resolveLink')}</a>
    </p>
  );
}
