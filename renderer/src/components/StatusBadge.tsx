/** A recommendation's status: colour and words together, never colour alone. */
import type { RecommendationStatus } from '../../../shared/domain/types';
import { useI18n } from '../i18n/context';

export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${status.replace('_', '-')}`}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
