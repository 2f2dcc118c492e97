/** Loading and failure states shared by the screens. */
import type { ErrorValue } from '../../../shared/errors';
import { useI18n } from '../i18n/context';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('shell.loading')}
    </p>
  );
}

export function LoadFailed({ error, onRetry, title }: { error: ErrorValue; onRetry?: () => void; title?: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="load-failed" role="alert">
      {title && <p className="load-failed-title">{title}</p>}
      <p>{error.message[locale]}</p>
      <div className="actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('shell.retry')}
          </button>
        )}
        <a className="button button-quiet" href="#/">
          {t('shell.backHome')}
        </a>
      </div>
    </div>
  );
}
