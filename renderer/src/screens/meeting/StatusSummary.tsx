/**
 * « 12 recommandations dans 3 commissions : 3 brouillons · 2 en cours d’examen · 4 approuvées ·
 * 2 adoptées ». Each count is a toggle button that filters the list (and the search) by that status;
 * several can be on at once.
 */
import { RECOMMENDATION_STATUSES, type MeetingDetail, type RecommendationStatus } from '../../../../shared/domain/types';
import { useI18n } from '../../i18n/context';
import type { PluralBase } from '../../i18n/dictionaries';

export const STATUS_COUNT_KEYS: Record<RecommendationStatus, PluralBase> = {
  draft: 'filters.countDraft',
  under_review: 'filters.countUnderReview',
  agreed: 'filters.countAgreed',
  adopted: 'filters.countAdopted',
  withdrawn: 'filters.countWithdrawn',
  merged_into: 'filters.countMerged',
};

interface Props {
  meeting: MeetingDetail;
  selected: RecommendationStatus[];
  onChange(status: RecommendationStatus[]): void;
}

export function StatusSummary({ meeting, selected, onChange }: Props) {
  const { t, plural } = useI18n();
  const total = meeting.recommendations.length;
  const committees = plural('meeting.committeeCount', meeting.committees.length);
  // Every status that has recommendations, plus any still selected (so it can be switched off).
  const statuses = RECOMMENDATION_STATUSES.filter((s) => meeting.statusCounts[s] > 0 || selected.includes(s));
  const toggle = (status: RecommendationStatus) =>
    onChange(selected.includes(status) ? selected.filter((s) => s !== status) : RECOMMENDATION_STATUSES.filter((s) => s === status || selected.includes(s)));

  return (
    <div className="status-summary">
      <p className="meeting-summary">{plural('meeting.summary', total, { committees })}</p>
      {statuses.length > 0 && (
        <div className="status-filters" role="group" aria-label={t('filters.byStatus')}>
          {statuses.map((status) => (
            <button
              key={status}
              type="button"
              className={`status-chip status-chip-${status.replace('_', '-')}`}
              aria-pressed={selected.includes(status)}
              onClick={() => toggle(status)}
            >
              <span className="badge-dot" aria-hidden="true" />
              {plural(STATUS_COUNT_KEYS[status], meeting.statusCounts[status])}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
