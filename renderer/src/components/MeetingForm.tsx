/**
 * The meeting's details (title, organisation, venue, dates), to create a meeting or edit one.
 * Validation is inline: a field is checked when it loses focus and every field on submit; the
 * main process checks again (and its message is shown here if it refuses).
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ErrorValue } from '../../../shared/errors';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/dictionaries';
import { TextField } from './Field';

export interface MeetingFields {
  title: string;
  organisation: string;
  venue: string;
  startsOn: string;
  endsOn: string;
}

export const EMPTY_MEETING: MeetingFields = { title: '', organisation: '', venue: '', startsOn: '', endsOn: '' };

type Problems = Partial<Record<'title' | 'endsOn', MessageKey>>;

function check(values: MeetingFields): Problems {
  const problems: Problems = {};
  if (values.title.trim().length === 0) problems.title = 'meetingForm.titleRequired';
  // ISO calendar days compare correctly as strings.
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) problems.endsOn = 'meetingForm.endBeforeStart';
  return problems;
}

interface Props {
  mode: 'create' | 'edit';
  initial?: MeetingFields;
  onSubmit(values: MeetingFields): Promise<ErrorValue | null>;
  onCancel(): void;
}

export function MeetingForm({ mode, initial = EMPTY_MEETING, onSubmit, onCancel }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof MeetingFields, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<ErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const problems = check(values);
  const shown = (field: keyof Problems) => (submitted || touched[field] ? problems[field] : undefined);
  const message = (key: MessageKey | undefined) => (key ? t(key) : null);

  const update = (field: keyof MeetingFields) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    setServerError(null);
  };
  // Leaving a field the user has not changed says nothing: an error appearing then would move the
  // buttons under the pointer of someone on their way to click one.
  const blur = (field: keyof MeetingFields) => () => {
    if (values[field] !== initial[field]) setTouched((v) => ({ ...v, [field]: true }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.title) return titleRef.current?.focus();
    if (problems.endsOn) return endRef.current?.focus();
    setBusy(true);
    const error = await onSubmit(values);
    setBusy(false);
    setServerError(error);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="card form meeting-form" aria-labelledby={headingId} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <h2 id={headingId} className="form-heading">
        {t(mode === 'create' ? 'meetingForm.createHeading' : 'meetingForm.editHeading')}
      </h2>
      {serverError && (
        <p className="form-error" role="alert">
          {serverError.message[locale]}
        </p>
      )}
      <TextField
        inputRef={titleRef}
        label={t('meetingForm.title')}
        hint={t('meetingForm.titleHint')}
        required
        value={values.title}
        onChange={update('title')}
        onBlur={blur('title')}
        error={message(shown('title'))}
        maxLength={300}
        autoComplete="off"
        className="field-wide"
      />
      <div className="field-row">
        <TextField label={t('meetingForm.organisation')} value={values.organisation} onChange={update('organisation')} maxLength={300} />
        <TextField label={t('meetingForm.venue')} value={values.venue} onChange={update('venue')} maxLength={200} />
      </div>
      <div className="field-row">
        <TextField
          type="date"
          label={t('meetingForm.startsOn')}
          value={values.startsOn}
          onChange={update('startsOn')}
          onBlur={blur('startsOn')}
        />
        <TextField
          inputRef={endRef}
          type="date"
          label={t('meetingForm.endsOn')}
          value={values.endsOn}
          min={values.startsOn || undefined}
          onChange={update('endsOn')}
          onBlur={blur('endsOn')}
          error={message(shown('endsOn'))}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(mode === 'create' ? 'meetingForm.create' : 'meetingForm.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('meetingForm.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The api wants null for an empty date. */
export function toMeetingInput(values: MeetingFields) {
  return {
    title: values.title.trim(),
    organisation: values.organisation.trim(),
    venue: values.venue.trim(),
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
  };
}
