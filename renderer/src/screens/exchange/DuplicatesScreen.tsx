/**
 * Probable near-duplicates of the meeting, most similar first: each pair side by side with its
 * similarity and authors; "Merge" asks which one to keep, then the other is merged into it (both
 * provenances kept). Recommendations already merged are listed apart.
 */
import { useCallback, useId, useRef, useState } from 'react';
import type { DuplicatePair } from '../../../../shared/domain/exchange';
import { api, settle } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Dialog } from '../../components/Dialog';
import { LoadFailed, Loading } from '../../components/Feedback';
import { useI18n } from '../../i18n/context';
import { intlLocale } from '../../i18n/format';
import { hrefFor } from '../../routing/route';
import { useNotices } from '../../shell/notices';
import { useMeetingAnd } from '../review/useMeetingAnd';

/** What this screen merged, so that the merged one can say into which (the summary carries no pointer). */
type MergedInto = Record<string, string>;

function MergeDialog({ pair, onClose, onMerged }: { pair: DuplicatePair; onClose(): void; onMerged(keptTitle: string, mergedId: string): void }) {
  const { t } = useI18n();
  const notices = useNotices();
  const [keep, setKeep] = useState<0 | 1>(0);
  const [busy, setBusy] = useState(false);
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirm = async () => {
    setBusy(true);
    const other = keep === 0 ? 1 : 0;
    const result = await settle(() => api().duplicate.consolidate({ keepId: pair.recommendationIds[keep], mergeId: pair.recommendationIds[other] }));
    setBusy(false);
    if (!result.ok) return notices.reportError(result.error);
    notices.inform('duplicates.mergedToast', { merged: pair.titles[other], kept: pair.titles[keep] });
    onMerged(pair.titles[keep], pair.recommendationIds[other]);
  };
  return (
    <Dialog title={t('duplicates.confirmTitle')} onClose={onClose} role="alertdialog" describedBy={textId} initialFocus={cancelRef}>
      <div className="dialog-body">
        <fieldset className="duplicate-keep">
          <legend>{t('duplicates.keepLegend')}</legend>
          {pair.titles.map((title, index) => (
            <label key={pair.recommendationIds[index]} className="radio-row">
              <input type="radio" name="keep" checked={keep === index} onChange={() => setKeep(index as 0 | 1)} /> {title}
            </label>
          ))}
        </fieldset>
        <p id={textId}>{t('duplicates.confirmText')}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm()}>
          {t('duplicates.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="button button-quiet" onClick={onClose}>
          {t('duplicates.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function PairCard({ pair, meetingId, onMerge }: { pair: DuplicatePair; meetingId: string; onMerge(): void }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(pair.similarity);
  return (
    <article className="duplicate-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="duplicate-similarity">
        {t('duplicates.similarity', { percent })}
      </h3>
      <div className="duplicate-sides">
        {pair.recommendationIds.map((id, index) => (
          <div key={id} className="duplicate-side">
            <a href={hrefFor({ name: 'recommendation', meetingId, recommendationId: id })}>{pair.titles[index]}</a>
            <p className="muted small">{t('duplicates.author', { name: pair.authorNames[index] ?? t('conflicts.unknownAuthor') })}</p>
          </div>
        ))}
      </div>
      <button type="button" className="button" onClick={onMerge}>
        {t('duplicates.merge')}
      </button>
    </article>
  );
}

export function DuplicatesScreen({ meetingId }: { meetingId: string }) {
  const { t, plural } = useI18n();
  const loadPairs = useCallback(() => api().duplicate.list({ meetingId }), [meetingId]);
  const { state, reload } = useMeetingAnd(meetingId, 'duplicates', loadPairs);
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const [mergedInto, setMergedInto] = useState<MergedInto>({});
  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, value: pairs } = state.value;
  const merged = meeting.recommendations.filter((r) => r.status === 'merged_into');
  return (
    <div className="page page-narrow-wide">
      <Breadcrumb
        items={[{ label: t('shell.meetings'), href: '#/' }, { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId }) }, { label: t('duplicates.title') }]}
      />
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('duplicates.title')}</h1>
        <p className="muted">{t('duplicates.intro')}</p>
      </header>
      <section className="panel" aria-labelledby="duplicates-pairs">
        <h2 id="duplicates-pairs" className="section-heading">
          {pairs.length ? plural('duplicates.count', pairs.length) : t('duplicates.none')}
        </h2>
        {pairs.map((pair) => (
          <PairCard key={pair.recommendationIds.join('/')} pair={pair} meetingId={meetingId} onMerge={() => setMerging(pair)} />
        ))}
      </section>
      {merged.length > 0 && (
        <section className="panel" aria-labelledby="duplicates-merged">
          <h2 id="duplicates-merged" className="section-heading">
            {t('duplicates.mergedHeading')}
          </h2>
          <ul className="duplicate-merged">
            {merged.map((r) => (
              <li key={r.id}>
                <a href={hrefFor({ name: 'recommendation', meetingId, recommendationId: r.id })}>{r.title}</a>{' '}
                <span className="badge">{mergedInto[r.id] ? t('duplicates.mergedInto', { title: mergedInto[r.id]! }) : t('status.merged_into')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {merging && (
        <MergeDialog
          pair={merging}
          onClose={() => setMerging(null)}
          onMerged={(keptTitle, mergedId) => {
            setMergedInto((m) => ({ ...m, [mergedId]: keptTitle }));
            setMerging(null);
            void reload();
          }}
        />
      )}
    </div>
  );
}
