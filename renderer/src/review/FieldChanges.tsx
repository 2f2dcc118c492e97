/** The structured fields that differ between two versions: « Destinataires : avant → après ». */
import type { FieldChange } from '../../../shared/domain/review';
import type { RecommendationFields } from '../../../shared/domain/types';
import { useI18n, type I18n } from '../i18n/context';
import { formatDay } from './reviewFormat';
import type { HunkDecision } from './DiffView';

const FIELD_KEYS = {
  status: 'review.field.status',
  committeeId: 'review.field.committee',
  addressees: 'fields.addressees',
  leadActors: 'fields.leadActors',
  horizon: 'fields.horizon',
  deadline: 'fields.deadline',
  priority: 'fields.priority',
} as const;

const PRIORITY_KEYS = { high: 'fields.priorityHigh', medium: 'fields.priorityMedium', low: 'fields.priorityLow' } as const;

export function fieldLabel(i18n: I18n, field: keyof RecommendationFields): string {
  return i18n.t(FIELD_KEYS[field]);
}

/** A field's value as a reader says it; '' for nothing. */
export function fieldValue(i18n: I18n, change: FieldChange, side: 'before' | 'after', committeeName: (id: string) => string): string {
  switch (change.field) {
    case 'status':
      return i18n.t(`status.${change[side]}`);
    case 'committeeId':
      return committeeName(change[side]);
    case 'addressees':
    case 'leadActors':
      return change[side].join(' ; ');
    case 'horizon':
      return change[side];
    case 'deadline': {
      const value = change[side];
      return value ? formatDay(i18n.locale, value) : '';
    }
    case 'priority': {
      const value = change[side];
      return value ? i18n.t(PRIORITY_KEYS[value]) : '';
    }
  }
}

interface Props {
  changes: ReadonlyArray<FieldChange & { hunkId?: string }>;
  committeeName?: (id: string) => string;
  decisions?: Readonly<Record<string, HunkDecision | undefined>>;
}

export function FieldChanges({ changes, committeeName = (id) => id, decisions }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (changes.length === 0) return null;
  return (
    <dl className="field-changes">
      {changes.map((change) => {
        const before = fieldValue(i18n, change, 'before', committeeName);
        const after = fieldValue(i18n, change, 'after', committeeName);
        const decision = change.hunkId && decisions ? decisions[change.hunkId] : undefined;
        const state = decisions ? (decision === 'accept' ? ' hunk-accepted' : decision === 'reject' ? ' hunk-rejected' : ' hunk-pending') : '';
        return (
          <div key={change.field} className={`field-change${state}`}>
            <dt>{fieldLabel(i18n, change.field)}</dt>
            <dd>
              <del className="diff-del">
                <span className="visually-hidden">{t('diff.srDeleted')}</span>
                {before || t('review.field.empty')}
              </del>
              <span aria-hidden="true" className="field-change-arrow">
                {' → '}
              </span>
              <span className="visually-hidden"> {t('review.field.becomes')} </span>
              <ins className="diff-ins">
                <span className="visually-hidden">{t('diff.srInserted')}</span>
                {after || t('review.field.empty')}
              </ins>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
