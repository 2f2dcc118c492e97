/**
 * The meeting's details (title, organisation, venue, dates, numbering scheme, French typography, and
 * when editing its introductory text), to create a meeting or edit one.
 * Validation is inline: a field is checked when it loses focus and every field on submit; the
 * main process checks again (and its message is shown here if it refuses).
 */
import type { LexicalEditor } from 'lexical';
import { lazy, Suspense, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import { NUMBERING_SCHEMES, type NumberingScheme, type TypographyMode } from '../../../shared/domain/types';
import type { ErrorValue } from '../../../shared/errors';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/dictionaries';
import { isEmptyDocument } from './DocumentView';
import { TextField } from './Field';
import { Loading } from './Feedback';

// The introduction's editor is Lexical: read on opening the form, not with the app's first screen.
// Until it is there the form sends no introduction (the stored one stays as it is).
const RichTextField = lazy(() => import('./RichTextField').then((m) => ({ default: m.RichTextField })));

export interface MeetingFields {
  title: string;
  organisation: string;
  venue: string;
  startsOn: string;
  endsOn: string;
  numbering: NumberingScheme;
  typography: TypographyMode;
}

export const EMPTY_MEETING: MeetingFields = {
  title: '',
  organisation: '',
  venue: '',
  startsOn: '',
  endsOn: '',
  numbering: 'continuous',
  typography: 'fr',
};

/** The introduction as the form hands it over: a document, null for none, undefined when not edited here. */
export type IntroValue = SerializedDocument | null | undefined;

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
  /** The introductory text, edited in the form when given (edit mode). */
  intro?: SerializedDocument | null;
  onSubmit(values: MeetingFields, intro: IntroValue): Promise<ErrorValue | null>;
  onCancel(): void;
}

const NUMBERING_LABELS: Record<NumberingScheme, MessageKey> = {
  continuous: 'meeting.numberingContinuous',
  per_committee: 'meeting.numberingPerCommittee',
};

export function MeetingForm({ mode, initial, intro, onSubmit, onCancel }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const numberingId = useId();
  const typographyHintId = useId();
  // A meeting created from the English interface is most likely an English meeting.
  const [start] = useState<MeetingFields>(() => initial ?? { ...EMPTY_MEETING, typography: locale === 'en' ? 'none' : 'fr' });
  const [values, setValues] = useState(start);
  const introEditor = useRef<LexicalEditor | null>(null);
  const [introBroken, setIntroBroken] = useState(false);
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
    if (values[field] !== start[field]) setTouched((v) => ({ ...v, [field]: true }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.title) return titleRef.current?.focus();
    if (problems.endsOn) return endRef.current?.focus();
    setBusy(true);
    const error = await onSubmit(values, readIntro());
    setBusy(false);
    setServerError(error);
  };

  const readIntro = (): IntroValue => {
    if (intro === undefined || introBroken || !introEditor.current) return undefined;
    const doc = introEditor.current.getEditorState().toJSON() as unknown as SerializedDocument;
    return isEmptyDocument(doc) ? null : doc;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Escape inside a menu or a dialog belongs to them; in the form it cancels.
    if (event.key === 'Escape' && !event.defaultPrevented) {
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
      <fieldset className="choice-group">
        <legend id={numberingId}>{t('meeting.numbering')}</legend>
        {NUMBERING_SCHEMES.map((scheme) => (
          <label key={scheme} className="choice">
            <input
              type="radio"
              name={`${numberingId}-numbering`}
              value={scheme}
              checked={values.numbering === scheme}
              onChange={() => setValues((v) => ({ ...v, numbering: scheme }))}
            />
            <span>{t(NUMBERING_LABELS[scheme])}</span>
          </label>
        ))}
      </fieldset>
      <div className="field switch-field">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={values.typography === 'fr'}
            aria-describedby={typographyHintId}
            onChange={(event) => setValues((v) => ({ ...v, typography: event.target.checked ? 'fr' : 'none' }))}
          />
          <span className="switch-track" aria-hidden="true" />
          <span className="switch-label">{t('meeting.typography')}</span>
        </label>
        <p id={typographyHintId} className="field-hint">
          {t('meeting.typographyHint')}
        </p>
      </div>
      {intro !== undefined && (
        <Suspense fallback={<Loading />}>
          <RichTextField
            label={t('meeting.intro')}
            hint={t('meeting.introHint')}
            placeholder={t('meeting.introPlaceholder')}
            initial={intro}
            editorRef={introEditor}
            onError={() => setIntroBroken(true)}
          />
        </Suspense>
      )}
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
    numbering: values.numbering,
    typography: values.typography,
  };
}
