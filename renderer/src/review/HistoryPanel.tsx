/**
 * The history of a recommendation, newest first: author and co-authors, time, origin, amendment
 * proposals marked. Choose any two versions to compare them; restore an old one (a new version).
 */
import { useCallback, useEffect, useState } from 'react';
import type { HistoryVersion } from '../../../shared/domain/review';
import { api } from '../api/client';
import { useLoad } from '../api/useLoad';
import { Loading } from '../components/Feedback';
import { useI18n } from '../i18n/context';
import { formatDateTime, formatMoment } from '../i18n/format';
import { CompareDialog, RestoreConfirm } from './CompareDialog';
import { creditedNames } from './reviewFormat';

interface Props {
  recommendationId: string;
  /** Changes after every save: the list is fetched again. */
  revision: number;
  committeeName(id: string): string;
  onRestore(version: HistoryVersion): Promise<boolean>;
}

export function HistoryPanel({ recommendationId, revision, committeeName, onRestore }: Props) {
  const { t, plural, locale } = useI18n();
  const load = useCallback(() => api().recommendation.history({ recommendationId }), [recommendationId]);
  const { state, reload } = useLoad<HistoryVersion[]>(load, recommendationId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [comparing, setComparing] = useState<[HistoryVersion, HistoryVersion] | null>(null);
  const [restoring, setRestoring] = useState<HistoryVersion | null>(null);

  useEffect(() => {
    if (revision > 0) void reload();
  }, [revision, reload]);

  const versions = state.status === 'ready' ? state.value : [];
  const head = versions.find((v) => v.isHead) ?? null;
  const byAge = (a: HistoryVersion, b: HistoryVersion) => a.createdAt.localeCompare(b.createdAt);

  const toggle = (id: string) =>
    setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id].slice(-2)));

  const compareChosen = () => {
    const pair = versions.filter((v) => chosen.includes(v.id)).sort(byAge);
    if (pair.length === 2) setComparing([pair[0]!, pair[1]!]);
  };

  return (
    <div className="history">
      <p className="muted small">{t('history.intro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <p className="form-error">{t('versions.loadFailed')}</p>}
      {state.status === 'ready' && versions.length === 0 && <p className="empty-note">{t('versions.empty')}</p>}
      {versions.length > 1 && (
        <div className="history-compare-bar">
          <span className="small muted" aria-live="polite">
            {chosen.length === 2 ? t('history.twoChosen') : t('history.chooseTwo', { count: chosen.length })}
          </span>
          <button type="button" className="button button-small" disabled={chosen.length !== 2} onClick={compareChosen}>
            {t('history.compareChosen')}
          </button>
        </div>
      )}
      {versions.length > 0 && (
        <ol className="version-list history-list">
          {versions.map((version) => {
            const classes = ['version'];
            if (version.isHead) classes.push('version-head');
            if (version.amendmentId) classes.push('version-amendment');
            const author = version.authorName ?? t('versions.unknownAuthor');
            const when = formatDateTime(locale, version.createdAt);
            return (
              <li key={version.id} className={classes.join(' ')} aria-current={version.isHead ? 'true' : undefined}>
                <div className="version-top">
                  <label className="version-choose">
                    <input type="checkbox" checked={chosen.includes(version.id)} onChange={() => toggle(version.id)} />
                    <span className="visually-hidden">{t('history.chooseLabel', { date: when, author })}</span>
                  </label>
                  <time className="version-time" dateTime={version.createdAt} title={when}>
                    {formatMoment(locale, version.createdAt)}
                  </time>
                </div>
                <div className="version-author">
                  {author}
                  {version.coauthors.length > 0 && <Coauthors names={version.coauthors.map((c) => c.name)} />}
                </div>
                <div className="version-bottom muted small">
                  {version.amendmentId ? (
                    <span className="origin origin-amendment">
                      {t('history.amendmentProposal')} · {t(`amendment.status.${version.amendmentStatus ?? 'pending'}`)}
                    </span>
                  ) : (
                    <span className={`origin origin-${version.origin}`}>{t(`origin.${version.origin}`)}</span>
                  )}
                  {' · '}
                  {plural('versions.words', version.wordCount)}
                  {version.isHead && <span className="version-current"> · {t('versions.current')}</span>}
                </div>
                {!version.isHead && head && (
                  <div className="version-actions">
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      onClick={() => setComparing([version, head].sort(byAge) as [HistoryVersion, HistoryVersion])}
                    >
                      {t('history.compareWithCurrent')}
                      <span className="visually-hidden"> {t('history.versionOf', { date: when })}</span>
                    </button>
                    {version.amendmentId === null && (
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        onClick={() => setRestoring(version)}
                      >
                        {t('history.restore')}
                        <span className="visually-hidden"> {t('history.versionOf', { date: when })}</span>
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {comparing && (
        <CompareDialog
          recommendationId={recommendationId}
          from={comparing[0]}
          to={comparing[1]}
          committeeName={committeeName}
          onRestore={onRestore}
          onClose={() => setComparing(null)}
        />
      )}
      {restoring && (
        <RestoreConfirm
          version={restoring}
          onCancel={() => setRestoring(null)}
          onConfirm={async () => {
            // The confirmation stays open (the page inert) until the editor shows the restored
            // text: nothing can be typed into the text being replaced.
            if (!(await onRestore(restoring))) setRestoring(null);
          }}
        />
      )}
    </div>
  );
}

/** Who a version credits besides its author: the first few by name, the whole list on hover. */
function Coauthors({ names }: { names: string[] }) {
  const { t, plural } = useI18n();
  const credited = creditedNames(names);
  const listed = credited.names.join(', ');
  return (
    <span className="version-coauthors" title={credited.others > 0 ? names.join(', ') : undefined}>
      {' '}
      {credited.others > 0 ? plural('history.withOthers', credited.others, { names: listed }) : t('history.with', { names: listed })}
    </span>
  );
}
