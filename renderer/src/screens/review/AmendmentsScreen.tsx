/** The meeting's amendments: pending ones first (the rapporteur's queue), then those decided. */
import { useCallback } from 'react';
import { api } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';
import { AmendmentList } from '../../review/AmendmentList';
import { useMeetingAnd } from './useMeetingAnd';

export function AmendmentsScreen({ meetingId }: { meetingId: string }) {
  const { t, plural } = useI18n();
  const loadAmendments = useCallback(() => api().amendment.list({ meetingId }), [meetingId]);
  const { state, reload } = useMeetingAnd(meetingId, 'amendments', loadAmendments);
  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, value: amendments } = state.value;
  const pending = amendments.filter((a) => a.status === 'pending');
  const decided = amendments.filter((a) => a.status !== 'pending');
  return (
    <div className="page page-narrow-wide">
      <Breadcrumb
        items={[
          { label: t('shell.meetings'), href: '#/' },
          { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId }) },
          { label: t('amendments.title') },
        ]}
      />
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('amendments.title')}</h1>
        <p className="muted">{t('amendments.intro')}</p>
      </header>
      <section className="panel" aria-labelledby="amendments-pending">
        <h2 id="amendments-pending" className="section-heading">
          {pending.length ? plural('amendments.pending', pending.length) : t('amendments.nonePending')}
        </h2>
        {pending.length > 0 && <AmendmentList amendments={pending} showRecommendation />}
      </section>
      {decided.length > 0 && (
        <section className="panel" aria-labelledby="amendments-decided">
          <h2 id="amendments-decided" className="section-heading">
            {t('amendments.decided')}
          </h2>
          <AmendmentList amendments={decided} showRecommendation />
        </section>
      )}
    </div>
  );
}
