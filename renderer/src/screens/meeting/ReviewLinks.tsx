/** The meeting's review screens (issue 4): milestones, amendments (pending ones counted), audit log. */
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';

export function ReviewLinks({ meetingId, pendingAmendments }: { meetingId: string; pendingAmendments: number | null }) {
  const { t, plural } = useI18n();
  return (
    <nav className="review-links" aria-label={t('reviewLinks.label')}>
      <a className="button button-small" href={hrefFor({ name: 'milestones', meetingId })}>
        {t('reviewLinks.milestones')}
      </a>
      <a className={`button button-small${pendingAmendments ? ' button-attention' : ''}`} href={hrefFor({ name: 'amendments', meetingId })}>
        {pendingAmendments ? plural('reviewLinks.pendingAmendments', pendingAmendments) : t('reviewLinks.amendments')}
      </a>
      <a className="button button-small" href={hrefFor({ name: 'audit', meetingId })}>
        {t('reviewLinks.audit')}
      </a>
    </nav>
  );
}
