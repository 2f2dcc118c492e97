/** The meeting's merge conflicts: those to resolve first (oldest first), resolved ones listed apart. */
import { useCallback } from 'react';
import type { ConflictInfo } from '../../../../shared/domain/exchange';
import type { Result } from '../../../../shared/errors';
import { api } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';
import { useMeetingAnd } from '../review/useMeetingAnd';
import { ConflictCard } from './ConflictCard';

export function ConflictsScreen({ meetingId }: { meetingId: string }) {
  const { t, plural } = useI18n();
  const loadConflicts = useCallback(() => loadWithDates(meetingId), [meetingId]);
  const { state, reload } = useMeetingAnd(meetingId, 'conflicts', loadConflicts);
  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, value } = state.value;
  const { conflicts, versionDates } = value;
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
          <ConflictCard key={c.id} conflict={c} versionDates={versionDates} onResolved={() => void reload()} />
        ))}
      </section>
      {resolved.length > 0 && (
        <section className="panel" aria-labelledby="conflicts-resolved">
          <h2 id="conflicts-resolved" className="section-heading">
            {t('conflicts.resolvedHeading')}
          </h2>
          {resolved.map((c) => (
            <ConflictCard key={c.id} conflict={c} versionDates={versionDates} onResolved={() => void reload()} />
          ))}
        </section>
      )}
    </div>
  );
}

/**
 * The conflicts, with when each side's version was written (read from the histories of the
 * recommendations that have an open conflict; a history that fails to load only loses the dates).
 */
async function loadWithDates(meetingId: string): Promise<Result<{ conflicts: ConflictInfo[]; versionDates: Record<string, string> }>> {
  const listed = await api().conflict.list({ meetingId, includeResolved: true });
  if (!listed.ok) return listed;
  const ids = [...new Set(listed.value.filter((c) => c.status === 'open').map((c) => c.recommendationId))];
  const histories = await Promise.all(ids.map((recommendationId) => api().recommendation.history({ recommendationId })));
  const versionDates: Record<string, string> = {};
  for (const history of histories) if (history.ok) for (const version of history.value) versionDates[version.id] = version.createdAt;
  return { ok: true, value: { conflicts: listed.value, versionDates } };
}
