/** The versions of a recommendation, newest first; refreshed after each save. */
import { useCallback, useEffect, useId } from 'react';
import type { VersionInfo } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { Loading } from '../../components/Feedback';
import { useI18n } from '../../i18n/context';
import { formatDateTime, formatMoment } from '../../i18n/format';

interface Props {
  recommendationId: string;
  headVersionId: string;
  /** Changes after every save: the list is fetched again. */
  revision: number;
}

export function VersionsPanel({ recommendationId, headVersionId, revision }: Props) {
  const { t, plural, locale } = useI18n();
  const headingId = useId();
  const load = useCallback(() => api().recommendation.versions({ recommendationId }), [recommendationId]);
  const { state, reload } = useLoad<VersionInfo[]>(load, recommendationId);

  useEffect(() => {
    if (revision > 0) void reload();
  }, [revision, reload]);

  const versions = state.status === 'ready' ? [...state.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];

  return (
    <aside className="panel versions" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('versions.heading')}
      </h2>
      <p className="muted small">{t('versions.intro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <p className="form-error">{t('versions.loadFailed')}</p>}
      {state.status === 'ready' && versions.length === 0 && <p className="empty-note">{t('versions.empty')}</p>}
      {versions.length > 0 && (
        <ol className="version-list">
          {versions.map((version) => {
            const isHead = version.id === headVersionId;
            return (
              <li key={version.id} className={isHead ? 'version version-head' : 'version'} aria-current={isHead ? 'true' : undefined}>
                <time className="version-time" dateTime={version.createdAt} title={formatDateTime(locale, version.createdAt)}>
                  {formatMoment(locale, version.createdAt)}
                </time>
                <div className="version-author">{version.authorName ?? t('versions.unknownAuthor')}</div>
                <div className="version-bottom muted small">
                  <span className={`origin origin-${version.origin}`}>{t(`origin.${version.origin}`)}</span>
                  {' · '}
                  {plural('versions.words', version.wordCount)}
                  {isHead && <span className="version-current"> · {t('versions.current')}</span>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
