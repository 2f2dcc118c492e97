/**
 * The status of the recommendation and the changes the workflow allows from it, as buttons. A
 * change refused by the back end (someone else moved the text meanwhile) is explained here, in the
 * interface language, and the status shown is read again.
 */
import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type { Recommendation, RecommendationStatus } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/context';
import { useNotices } from '../../shell/notices';
import { statusActions } from './statusActions';

export interface StatusSectionHandle {
  /** Runs the forward or back step, if the workflow offers one from here. */
  step(direction: 'forward' | 'back'): void;
  /** Puts the focus on the first action (Ctrl+Alt+S). */
  focusActions(): void;
}

interface Props {
  recommendation: Recommendation;
  onChanged(recommendation: Recommendation): void;
}

export const StatusSection = forwardRef<StatusSectionHandle, Props>(function StatusSection({ recommendation, onChanged }, ref) {
  const { t, locale } = useI18n();
  const { inform } = useNotices();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const refocus = useRef(false);
  const actions = statusActions(recommendation.status);

  // The buttons change with the status: the focus that was on one goes to the first of the new ones.
  useEffect(() => {
    if (!refocus.current || busy) return;
    refocus.current = false;
    const active = document.activeElement;
    if (active && active !== document.body && !sectionRef.current?.contains(active)) return;
    const first = actionsRef.current?.querySelector('button');
    if (first) first.focus();
    else sectionRef.current?.querySelector<HTMLElement>('.status-current')?.focus();
  }, [recommendation.status, busy]);

  const change = async (to: RecommendationStatus) => {
    if (busy) return;
    refocus.current = sectionRef.current?.contains(document.activeElement) ?? false;
    setBusy(true);
    setError(null);
    const result = await settle(() => api().recommendation.setStatus({ recommendationId: recommendation.id, status: to }));
    if (result.ok) {
      onChanged(result.value);
      inform('status.actionDone', { status: t(`status.${result.value.status}`) });
    } else {
      setError(result.error);
      // Show the status as it now is, and the changes possible from there.
      const fresh = await settle(() => api().recommendation.get({ recommendationId: recommendation.id }));
      if (fresh.ok) onChanged(fresh.value);
    }
    setBusy(false);
  };

  useImperativeHandle(ref, () => ({
    step(direction) {
      const action = actions.find((a) => a.direction === direction);
      if (action) void change(action.to);
      else inform(direction === 'forward' ? 'status.actionNoForward' : 'status.actionNoBack');
    },
    focusActions() {
      actionsRef.current?.querySelector('button')?.focus();
    },
  }));

  return (
    <section ref={sectionRef} className="details-section status-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="details-label">
        {t('editor.statusHeading')}
      </h3>
      <p className="status-current" tabIndex={-1}>
        <StatusBadge status={recommendation.status} />
      </p>
      {actions.length > 0 ? (
        <div ref={actionsRef} className="status-actions" role="group" aria-label={t('status.actionGroup')}>
          {actions.map((action) => (
            <button
              key={action.to}
              type="button"
              className={`button button-small${action.direction === 'forward' ? ' button-primary' : ''}${action.direction === 'aside' ? ' status-withdraw' : ''}`}
              aria-keyshortcuts={action.direction === 'forward' ? 'Control+Alt+Enter' : action.direction === 'back' ? 'Control+Alt+Backspace' : undefined}
              title={action.direction === 'forward' ? t('status.actionKeyForward') : action.direction === 'back' ? t('status.actionKeyBack') : undefined}
              aria-disabled={busy || undefined}
              onClick={() => void change(action.to)}
            >
              {t(action.label)}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted small">{t('status.actionNone')}</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error.message[locale]}
        </p>
      )}
    </section>
  );
});
