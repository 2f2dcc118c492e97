/**
 * The backups of this computer's database: when each was taken, why, how large; a backup now; and a
 * restore, after a confirmation that says what it does. The list comes from the main process, and
 * a restore names a backup by its id: the page never handles a path.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupInfo, BackupReason } from '../../../../shared/domain/backups';
import type { Locale } from '../../../../shared/domain/types';
import { api, settle } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ConfirmDialog } from '../../components/Dialog';
import { LoadFailed, Loading } from '../../components/Feedback';
import { RestoreIcon } from '../../components/icons';
import { flushAll } from '../../editor/pendingSaves';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/dictionaries';
import { formatDateTime, intlLocale } from '../../i18n/format';
import { useNotices } from '../../shell/notices';

const REASON_KEYS: Record<BackupReason, MessageKey> = {
  start: 'backups.reason.start',
  periodic: 'backups.reason.periodic',
  manual: 'backups.reason.manual',
  'before-import': 'backups.reason.beforeImport',
  'before-restore': 'backups.reason.beforeRestore',
  'before-migration': 'backups.reason.beforeMigration',
};

export function formatSize(locale: Locale, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

export function BackupsScreen() {
  const { t, plural, locale } = useI18n();
  const { reportError, inform } = useNotices();
  const load = useCallback(() => settle(() => api().backup.list({})), []);
  const { state, reload } = useLoad<BackupInfo[]>(load, 'backups');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const backUpNow = async () => {
    setBusy(true);
    // What is being typed goes into the backup too.
    await flushAll();
    const result = await settle(() => api().backup.create({}));
    setBusy(false);
    if (!result.ok) return reportError(result.error);
    inform('backups.created', { date: formatDateTime(locale, result.value.createdAt) });
    await reload();
  };

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    setBusy(true);
    // Pending edits are saved first, so the safety backup taken before the restore holds them.
    await flushAll();
    const result = await settle(() => api().backup.restore({ backupId: backup.id }));
    setBusy(false);
    if (!result.ok) return reportError(result.error);
    inform('backups.restored', { date: formatDateTime(locale, backup.createdAt) });
    await reload();
    heading.current?.focus();
  };

  return (
    <div className="page page-narrow">
      <Breadcrumb items={[{ label: t('shell.meetings'), href: '#/' }, { label: t('backups.title') }]} />
      <div className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {t('backups.title')}
          </h1>
          <p className="page-intro">{t('backups.intro')}</p>
        </div>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void backUpNow()}>
          {t('backups.now')}
        </button>
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <LoadFailed error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <section className="empty-state" aria-labelledby="backups-empty">
            <h2 id="backups-empty">{t('backups.emptyTitle')}</h2>
            <p>{t('backups.emptyBody')}</p>
          </section>
        ) : (
          <>
            <p className="muted small trash-count">{plural('backups.count', state.value.length)}</p>
            <ul className="trash-list" aria-label={t('backups.listLabel')}>
              {state.value.map((backup) => {
                const date = formatDateTime(locale, backup.createdAt);
                return (
                  <li key={backup.id} className="trash-item" data-backup={backup.id}>
                    <div className="trash-item-main">
                      <p className="trash-item-title">{date}</p>
                      <p className="trash-item-meta">
                        <span>{t(REASON_KEYS[backup.reason])}</span>
                        <span>{formatSize(locale, backup.sizeBytes)}</span>
                      </p>
                    </div>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy}
                      aria-label={t('backups.restoreLabel', { date })}
                      onClick={() => setConfirming(backup)}
                    >
                      <RestoreIcon />
                      {t('backups.restore')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        ))}
      {confirming && (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          message={t('backups.confirmBody', { date: formatDateTime(locale, confirming.createdAt) })}
          confirmLabel={t('backups.confirm')}
          cancelLabel={t('backups.cancel')}
          danger
          onConfirm={() => restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
