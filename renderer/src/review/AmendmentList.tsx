/** Amendments as a list (of a recommendation, or of a meeting): pending first, each with its author, date, note and status. */
import type { Amendment } from '../../../shared/domain/review';
import { useI18n } from '../i18n/context';
import { formatDateTime } from '../i18n/format';
import { hrefFor } from '../routing/route';
import { personLabel } from './reviewFormat';

export function AmendmentList({ amendments, showRecommendation }: { amendments: Amendment[]; showRecommendation: boolean }) {
  const { t, locale } = useI18n();
  const sorted = [...amendments].sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));
  return (
    <ul className="amendment-list">
      {sorted.map((amendment) => {
        const author = personLabel(amendment.authorName, amendment.authorDelegation, t('versions.unknownAuthor'));
        const number = amendment.recommendationNumber ? t('rec.number', { number: amendment.recommendationNumber }) : '';
        return (
          <li key={amendment.id} className={`amendment-item amendment-${amendment.status}`}>
            <div className="amendment-item-top">
              <span className={`amendment-status amendment-status-${amendment.status}`}>{t(`amendment.status.${amendment.status}`)}</span>
              <time className="muted small" dateTime={amendment.createdAt}>
                {formatDateTime(locale, amendment.createdAt)}
              </time>
            </div>
            {showRecommendation && (
              <p className="amendment-rec">
                {number && <span className="amendment-rec-number">{number}</span>} {amendment.recommendationTitle}
              </p>
            )}
            <p className="amendment-author">{t('amendment.by', { author })}</p>
            {amendment.note && <p className="amendment-note">{amendment.note}</p>}
            {amendment.status !== 'pending' && amendment.decidedAt && (
              <p className="muted small">
                {t('amendment.decidedBy', { name: amendment.decidedByName ?? t('versions.unknownAuthor'), date: formatDateTime(locale, amendment.decidedAt) })}
              </p>
            )}
            {amendment.status === 'pending' && (
              <a
                className="button button-small"
                href={hrefFor({ name: 'amendment', meetingId: amendment.meetingId, amendmentId: amendment.id })}
              >
                {t('amendment.review')}
                <span className="visually-hidden"> {t('amendment.reviewHidden', { author, title: amendment.recommendationTitle })}</span>
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
