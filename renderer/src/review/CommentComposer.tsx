/** The text box that writes a comment, a reply or an edit, quoting the span it is about. */
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/context';

export function Composer({
  label,
  quote,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  quote: string | null;
  initial?: string;
  submitLabel: string;
  onSubmit(text: string): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const submit = async () => {
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    const ok = await onSubmit(text.trim());
    setBusy(false);
    // Kept on failure: nothing typed is lost.
    if (ok) setText('');
  };
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        // Escape closes an untouched composer only: what was typed is not thrown away by a stray key.
        if (event.key === 'Escape' && text === initial) {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <label htmlFor={id} className="composer-label">
        {label}
      </label>
      {quote && (
        <blockquote className="composer-quote">
          <q>{quote}</q>
        </blockquote>
      )}
      <textarea
        id={id}
        ref={ref}
        rows={3}
        maxLength={10000}
        value={text}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
      />
      {empty && (
        <p id={`${id}-error`} className="field-error">
          {t('comments.emptyText')}
        </p>
      )}
      <div className="composer-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  );
}
