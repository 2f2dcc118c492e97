/**
 * The recommendation's record beside its text: status and its actions, who proposed it and who
 * changed it last, then the structured fields — addressees, lead actors, horizon, deadline,
 * priority. Field changes go to the FieldsSaver owned by the workspace (saved after a pause or on
 * leaving a field, journaled until stored); the save state is the page's one indicator.
 */
import { forwardRef, useId, useMemo } from 'react';
import { useRenderCount } from '../../perf/renderCounts';
import { comparisonKey } from '../../../../shared/domain/fields';
import { ADDRESSEE_SUGGESTIONS } from '../../../../shared/domain/labels';
import { PRIORITIES, type EditableFields, type MeetingDetail, type Priority, type Recommendation } from '../../../../shared/domain/types';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/dictionaries';
import { ChipsField } from './ChipsField';
import { StatusSection, type StatusSectionHandle } from './StatusSection';

interface Props {
  recommendation: Recommendation;
  meeting: MeetingDetail;
  fields: EditableFields;
  /** A change of the fields; `now` for a discrete choice (saved at once rather than after a pause). */
  onFieldsChange(changes: Partial<EditableFields>, now: boolean): void;
  /** Leaving a field: save what is waiting. */
  onFieldsBlur(): void;
  onStatusChanged(recommendation: Recommendation): void;
}

const PRIORITY_LABEL: Readonly<Record<Priority, MessageKey>> = {
  high: 'fields.priorityHigh',
  medium: 'fields.priorityMedium',
  low: 'fields.priorityLow',
};

/** Values already used in the meeting first (the drafters' own words), then the usual ones. */
function merged(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists)
    for (const value of list) {
      const key = comparisonKey(value);
      if (!value.trim() || seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
  return out;
}

export const DetailsPanel = forwardRef<StatusSectionHandle, Props>(function DetailsPanel(
  { recommendation, meeting, fields, onFieldsChange, onFieldsBlur, onStatusChanged },
  statusRef,
) {
  useRenderCount('detailsPanel');
  const { t } = useI18n();
  const headingId = useId();
  const horizonId = useId();
  const deadlineId = useId();
  const priorityId = useId();

  const addresseeSuggestions = useMemo(() => {
    const used = meeting.recommendations.flatMap((r) => r.addressees);
    // The meeting's language decides the usual names: a French meeting writes to the « Conseil des Ministres ».
    const usual = meeting.typography === 'fr' ? ADDRESSEE_SUGGESTIONS.fr : ADDRESSEE_SUGGESTIONS.en;
    return merged(usual, used);
  }, [meeting]);
  const actorSuggestions = useMemo(
    () => merged(meeting.recommendations.flatMap((r) => r.leadActors), meeting.delegations.map((d) => d.name)),
    [meeting],
  );

  const author = recommendation.authorName
    ? recommendation.authorDelegation
      ? t('fields.authorWithDelegation', { name: recommendation.authorName, delegation: recommendation.authorDelegation })
      : recommendation.authorName
    : t('rec.unknownAuthor');

  return (
    <section className="panel details" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('fields.heading')}
      </h2>
      <StatusSection ref={statusRef} recommendation={recommendation} onChanged={onStatusChanged} />
      <dl className="details-people">
        <div>
          <dt>{t('fields.author')}</dt>
          <dd>{author}</dd>
        </div>
        <div>
          <dt>{t('fields.lastEditor')}</dt>
          <dd>{recommendation.lastEditorName ?? t('rec.unknownAuthor')}</dd>
        </div>
      </dl>
      <div className="details-fields">
        <ChipsField
          label={t('fields.addressees')}
          hint={t('fields.addresseesHint')}
          values={fields.addressees}
          suggestions={addresseeSuggestions}
          addLabel={t('fields.addAddressee')}
          onChange={(addressees) => onFieldsChange({ addressees }, true)}
        />
        <ChipsField
          label={t('fields.leadActors')}
          hint={t('fields.leadActorsHint')}
          values={fields.leadActors}
          suggestions={actorSuggestions}
          addLabel={t('fields.addLeadActor')}
          onChange={(leadActors) => onFieldsChange({ leadActors }, true)}
        />
        <div className="details-row">
          <div className="field">
            <label htmlFor={horizonId}>{t('fields.horizon')}</label>
            <input
              id={horizonId}
              type="text"
              value={fields.horizon}
              maxLength={200}
              placeholder={t('fields.horizonPlaceholder')}
              onChange={(event) => onFieldsChange({ horizon: event.target.value }, false)}
              onBlur={onFieldsBlur}
            />
          </div>
          <div className="field">
            <label htmlFor={deadlineId}>{t('fields.deadline')}</label>
            <input
              id={deadlineId}
              type="date"
              value={fields.deadline ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                // A half-typed date is not a date yet: wait for a whole one (or an emptied field).
                if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) onFieldsChange({ deadline: value || null }, false);
              }}
              onBlur={onFieldsBlur}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={priorityId}>{t('fields.priority')}</label>
          <select
            id={priorityId}
            value={fields.priority ?? ''}
            onChange={(event) => onFieldsChange({ priority: (event.target.value || null) as Priority | null }, true)}
          >
            <option value="">{t('fields.priorityNone')}</option>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(PRIORITY_LABEL[priority])}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
});
