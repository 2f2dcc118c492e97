/** Messages under the top bar: errors (announced at once) and confirmations (announced politely). */
import { useI18n } from '../i18n/context';
import { CloseIcon } from '../components/icons';
import type { Notice } from './notices';

export function Banner({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const { t, locale } = useI18n();
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <div className="banners">
      <div role="alert">
        {errors.map((notice) => (
          <div key={notice.id} className="banner banner-error">
            <p>
              <strong>{t('shell.errorPrefix')} · </strong>
              {notice.kind === 'error' && notice.error.message[locale]}
            </p>
            <DismissButton onClick={() => onDismiss(notice.id)} />
          </div>
        ))}
      </div>
      <div role="status">
        {infos.map((notice) => (
          <div key={notice.id} className="banner banner-info">
            <p>{notice.kind === 'info' && t(notice.key, notice.params)}</p>
            <DismissButton onClick={() => onDismiss(notice.id)} />
          </div>
        ))}
      </div>
    </div>
  );
}

function DismissButton({ onClick }: { onClick(): void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="icon-button banner-close" aria-label={t('shell.dismiss')} title={t('shell.dismiss')} onClick={onClick}>
      <CloseIcon />
    </button>
  );
}
