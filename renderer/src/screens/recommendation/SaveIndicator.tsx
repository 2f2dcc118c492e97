/** The save state, announced politely: « Enregistré », « Enregistrement… », unsaved, or why not. */
import type { SaveStatus } from '../../editor/autosave';
import { useI18n } from '../../i18n/context';

export function SaveIndicator({ id, status }: { id: string; status: SaveStatus }) {
  const { t, locale } = useI18n();
  let text: string;
  let detail: string | null = null;
  switch (status.kind) {
    case 'saved':
      text = t('save.saved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'dirty':
      text = t('save.dirty');
      break;
    case 'error':
      text = t('save.error', { message: status.error.message[locale] });
      detail = status.retrying ? `${t('save.kept')} ${t('save.retrying')}` : t('save.kept');
      break;
  }
  return (
    <div id={id} className={`save-state save-${status.kind}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">
        {text}
        {detail && <span className="save-detail">{detail}</span>}
      </span>
    </div>
  );
}
