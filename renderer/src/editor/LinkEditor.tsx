/**
 * The link field under the toolbar: the address of a new link, or of the link at the caret, with
 * Apply, Remove and Cancel. Only https:, http: and mailto: addresses are accepted; « www.… » and a
 * bare e-mail address are completed. Escape or Cancel puts the caret back where it was.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/context';
import { normalizeUrl } from './links';

interface Props {
  id: string;
  initialUrl: string;
  /** True when the caret or selection is in a link: the field edits it and can remove it. */
  editing: boolean;
  onApply(url: string): void;
  onRemove(): void;
  onClose(): void;
}

export function LinkEditor({ id, initialUrl, editing, onApply, onRemove, onClose }: Props) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [value, setValue] = useState(initialUrl);
  const [refused, setRefused] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = normalizeUrl(value);
    if (!url) {
      setRefused(true);
      input.current?.focus();
      return;
    }
    onApply(url);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <form id={id} className="link-editor" aria-label={t('editor.linkEditor')} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <div className={`field link-field${refused ? ' field-invalid' : ''}`}>
        <label htmlFor={inputId}>{t('editor.linkAddress')}</label>
        <input
          ref={input}
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder="https://"
          aria-invalid={refused || undefined}
          aria-describedby={refused ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setValue(event.target.value);
            setRefused(false);
          }}
        />
        <p id={hintId} className="field-hint">
          {t('editor.linkHint')}
        </p>
        {refused && (
          <p id={errorId} className="field-error" role="alert">
            {t('editor.linkRefused')}
          </p>
        )}
      </div>
      <div className="link-actions">
        <button type="submit" className="button button-primary button-small">
          {t('editor.linkApply')}
        </button>
        {editing && (
          <button type="button" className="button button-small" onClick={onRemove}>
            {t('editor.linkRemove')}
          </button>
        )}
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          {t('editor.linkCancel')}
        </button>
      </div>
    </form>
  );
}
