/**
 * Two versions of a recommendation compared: the word diff inline or side by side, the title and
 * the fields that changed, and a way to restore the older one (a new version; history is kept).
 */
import { useCallback, useState } from 'react';
import type { HistoryVersion, RecommendationDiff } from '../../../shared/domain/review';
import { api } from '../api/client';
import { useLoad } from '../api/useLoad';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { LoadFailed, Loading } from '../components/Feedback';
import { useI18n } from '../i18n/context';
import { formatDateTime } from '../i18n/format';
import { DiffRuns, DiffSummary, DiffView } from './DiffView';
import { FieldChanges } from './FieldChanges';
import { ModeSwitch, type DiffMode } from './ModeSwitch';

interface Props {
  recommendationId: string;
  /** The older and the newer version, in that order. */
  from: HistoryVersion;
  to: HistoryVersion;
  committeeName(id: string): string;
  /** Restores a version; resolves true once the editor shows it. */
  onRestore(version: HistoryVersion): Promise<boolean>;
  onClose(): void;
}

export function CompareDialog({ recommendationId, from, to, committeeName, onRestore, onClose }: Props) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<DiffMode>('inline');
  const [confirming, setConfirming] = useState<HistoryVersion | null>(null);
  const load = useCallback(
    () => api().recommendation.diff({ recommendationId, fromVersionId: from.id, toVersionId: to.id }),
    [recommendationId, from.id, to.id],
  );
  const { state } = useLoad<RecommendationDiff>(load, `${from.id}/${to.id}`);
  const label = (v: HistoryVersion) =>
    t('history.versionLabel', { date: formatDateTime(locale, v.createdAt), author: v.authorName ?? t('versions.unknownAuthor') });
  // The version one would go back to: the older one, unless it is the current text.
  const restorable = [from, to].find((v) => !v.isHead && v.amendmentId === null) ?? null;

  return (
    <>
      <Dialog title={t('history.compareTitle')} onClose={onClose} className="dialog-wide">
        <div className="dialog-body compare-body">
          <div className="compare-heading">
            <p className="compare-sides">
              <span className="compare-side compare-side-old">{label(from)}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t('history.compareTo')} </span>
              <span className="compare-side compare-side-new">{label(to)}</span>
            </p>
            <ModeSwitch mode={mode} onChange={setMode} />
          </div>
          {state.status === 'loading' && <Loading />}
          {state.status === 'failed' && <LoadFailed error={state.error} />}
          {state.status === 'ready' && (
            <>
              {state.value.identical ? (
                <p className="empty-note">{t('history.identical')}</p>
              ) : (
                <>
                  <DiffSummary diff={state.value.body} />
                  {state.value.title.before !== state.value.title.after && (
                    <section className="compare-section">
                      <h3 className="compare-label">{t('history.titleChanged')}</h3>
                      <p className="diff-title document-text">
                        <DiffRuns runs={state.value.title.runs} />
                      </p>
                    </section>
                  )}
                  {state.value.fields.length > 0 && (
                    <section className="compare-section">
                      <h3 className="compare-label">{t('history.fieldsChanged')}</h3>
                      <FieldChanges changes={state.value.fields} committeeName={committeeName} />
                    </section>
                  )}
                  <section className="compare-section">
                    <h3 className="compare-label">{t('history.textHeading')}</h3>
                    {state.value.body.identical ? (
                      <p className="empty-note">{t('history.textIdentical')}</p>
                    ) : (
                      <DiffView diff={state.value.body} mode={mode} oldLabel={label(from)} newLabel={label(to)} />
                    )}
                  </section>
                </>
              )}
            </>
          )}
        </div>
        <div className="dialog-actions">
          {restorable && (
            <button type="button" className="button" onClick={() => setConfirming(restorable)}>
              {t('history.restoreThis', { date: formatDateTime(locale, restorable.createdAt) })}
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('history.close')}
          </button>
        </div>
      </Dialog>
      {confirming && (
        <RestoreConfirm
          version={confirming}
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            if (await onRestore(confirming)) onClose();
            else setConfirming(null);
          }}
        />
      )}
    </>
  );
}

export function RestoreConfirm({ version, onConfirm, onCancel }: { version: HistoryVersion; onConfirm(): Promise<void>; onCancel(): void }) {
  const { t, locale } = useI18n();
  return (
    <ConfirmDialog
      title={t('history.restoreTitle')}
      message={t('history.restoreMessage', {
        date: formatDateTime(locale, version.createdAt),
        author: version.authorName ?? t('versions.unknownAuthor'),
      })}
      confirmLabel={t('history.restoreConfirm')}
      cancelLabel={t('history.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
