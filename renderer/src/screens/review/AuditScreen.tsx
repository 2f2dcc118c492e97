/** The meeting's audit log: who did what, when, newest first. */
import { useCallback } from 'react';
import { api } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';
import { AuditList } from '../../review/AuditList';
import { useMeetingAnd } from './useMeetingAnd';

export function AuditScreen({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const loadAudit = useCallback(() => api().audit.list({ meetingId }), [meetingId]);
  const { state, reload } = useMeetingAnd(meetingId, 'audit', loadAudit);
  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, value: entries } = state.value;
  return (
    <div className="page page-narrow-wide">
      <Breadcrumb
        items={[{ label: t('shell.meetings'), href: '#/' }, { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId }) }, { label: t('audit.title') }]}
      />
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro')}</p>
      </header>
      <section className="panel">
        <AuditList entries={entries} showRecommendation />
      </section>
    </div>
  );
}
