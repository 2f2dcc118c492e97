/** The audit log, newest first: when, who, and what happened in the reader's language. */
import type { AuditEntryInfo } from '../../../shared/domain/review';
import { useI18n } from '../i18n/context';
import { formatDateTime } from '../i18n/format';

export function AuditList({ entries, showRecommendation }: { entries: AuditEntryInfo[]; showRecommendation: boolean }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return <p className="empty-note">{t('audit.empty')}</p>;
  return (
    <ol className="audit-list">
      {entries.map((entry) => (
        <li key={entry.id} className="audit-entry">
          <time className="audit-time" dateTime={entry.at}>
            {formatDateTime(locale, entry.at)}
          </time>
          <p className="audit-summary">{entry.summary[locale]}</p>
          <p className="audit-meta muted small">
            {entry.actorName ?? t('versions.unknownAuthor')}
            {showRecommendation && entry.recommendationTitle && <> · {entry.recommendationTitle}</>}
          </p>
        </li>
      ))}
    </ol>
  );
}
