/** Asks the title of a new recommendation in a committee, creates it and opens it in the editor. */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { TextField } from '../../components/Field';
import { requestTextFocusOnOpen } from '../../editor/openIntent';
import { useI18n } from '../../i18n/context';
import { navigate } from '../../routing/route';

interface Props {
  meetingId: string;
  committeeId: string;
  onCancel(): void;
}

export function NewRecommendationForm({ meetingId, committeeId, onCancel }: Props) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<ErrorValue | 'required' | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError('required');
      return input.current?.focus();
    }
    setBusy(true);
    const result = await settle(() => api().recommendation.create({ meetingId, committeeId, title: title.trim() }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return input.current?.focus();
    }
    requestTextFocusOnOpen();
    navigate({ name: 'recommendation', meetingId, recommendationId: result.value.id });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="inline-form new-rec-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <TextField
        inputRef={input}
        label={t('newRec.title')}
        value={title}
        maxLength={500}
        autoComplete="off"
        className="field-grow"
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        error={error === 'required' ? t('newRec.titleRequired') : error ? error.message[locale] : null}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('newRec.create')}
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        {t('newRec.cancel')}
      </button>
    </form>
  );
}
