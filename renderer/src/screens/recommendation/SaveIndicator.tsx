/**
 * The save state, announced politely: « Enregistré », « Enregistrement… », unsaved, or why not.
 * It follows the savers itself, so that a keystroke re-renders this line, not the editing page.
 */
import { useSyncExternalStore } from 'react';
import type { SaveStatus } from '../../editor/autosave';
import { useI18n } from '../../i18n/context';

interface StatusSource {
  subscribe(listener: () => void): () => void;
  getStatus(): SaveStatus;
}

const RANK: Record<SaveStatus['kind'], number> = { saved: 0, dirty: 1, saving: 2, error: 3 };

/** One state for the page: the more pressing of the text's and the fields'. */
function combine(text: SaveStatus, fields: SaveStatus): SaveStatus {
  return RANK[fields.kind] > RANK[text.kind] ? fields : text;
}

export function SaveIndicator({ id, textSaver, fieldsSaver }: { id: string; textSaver: StatusSource; fieldsSaver: StatusSource }) {
  const { t, locale } = useI18n();
  const status = combine(
    useSyncExternalStore(textSaver.subscribe, textSaver.getStatus),
    useSyncExternalStore(fieldsSaver.subscribe, fieldsSaver.getStatus),
  );
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
      // Stored, only not confirmed by the disk: saying « Non enregistré » would be untrue.
      if (status.error.code === 'save_not_durable') {
        text = t('save.unconfirmed');
        detail = t('save.retrying');
        break;
      }
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
