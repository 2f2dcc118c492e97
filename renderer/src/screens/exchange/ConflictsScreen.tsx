/** The meeting's merge conflicts: those to resolve first (oldest first), resolved ones listed apart. */
import { useCallback } from 'react';
import { api } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';
import { useMeetingAnd } from '../review/useMeetingAnd';
import { ConflictCard } from './ConflictCard';

export function ConflictsScreen({ meetingId }: { meetingId: string }) {
  const { t, plural } = useI18n();
  const loadConflicts = useCallback(() => api().conflict.list({ meetingId, includeResolved: true }), [meetingId]);
  const { state, reload } = useMeetingAnd(meetingId, 'conflicts', loadConflicts);
  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, value: conflicts } = state.value;
  const open = conflicts.filter((c) => c.status === 'open');
  // Newest resolution first: the one just made is at the top.
  const resolved = conflicts.filter((c) => c.status === 'resolved').sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  return (
    <div className="page page-narrow-wide">
      <Breadcrumb
        items={[{ label: t('shell.meetings'), href: '#/' }, { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId }) }, { label: t('conflicts.title') }]}
      />
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('conflicts.title')}</h1>
        <p className="muted">{t('conflicts.intro')}</p>
      </header>
      <section className="panel" aria-labelledby="conflicts-open">
        <h2 id="conflicts-open" className="section-heading">
          {open.length ? plural('conflicts.open', open.length) : t('conflicts.noneOpen')}
        </h2>
        {open.map((c) => (
          <ConflictCard key={c.id} conflict={c} onResolved={() => void reload()} />
        ))}
      </section>
      {resolved.length > 0 && (
        <section className="panel" aria-labelledby="conflicts-resolved">
          <h2 id="conflicts-resolved" className="section-heading">
            {t('conflicts.resolvedHeading')}
          </h2>
          {resolved.map((c) => (
            <ConflictCard key={c.id} conflict={c} onResolved={() => void reload()} />
          ))}
        </section>
      )}
    </div>
  );
}
