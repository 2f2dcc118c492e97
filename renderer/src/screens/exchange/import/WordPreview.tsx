/**
 * The preview of one Word file before it is imported: the committees found (existing, or to be
 * created under a name the rapporteur may change), the recommendations with a box to leave each out
 * and the committee each goes to, what Word holds that a recommendation cannot (tracked changes,
 * comments), and the warnings. Nothing is written until the rapporteur confirms.
 */
import { useId } from 'react';
import type { DocxPreview } from '../../../../../shared/docxImport/preview';
import type { Committee, Participant } from '../../../../../shared/domain/types';
import type { ErrorValue } from '../../../../../shared/errors';
import { Loading } from '../../../components/Feedback';
import { useI18n } from '../../../i18n/context';
import { countsByTarget, nameProblems, previewTarget, targetOf, targetOptions, type CommitteeTarget } from './wordChoices';

/** A Word file of the import: its preview once read, and the choices made on it. */
export type WordState =
  | { status: 'loading' }
  | { status: 'failed'; error: ErrorValue }
  | {
      status: 'ready';
      preview: DocxPreview;
      skip: number[];
      trackedChanges: 'accept' | 'amend';
      carryComments: boolean;
      /** On whose behalf the recommendations are created ('': this computer's profile). */
      asParticipantId: string;
      /** Per recommendation index, the committee chosen instead of the proposed one. */
      targets: Record<number, CommitteeTarget>;
      /** Per new committee key, the name typed for it. */
      names: Record<string, string>;
    };

export type WordChoices = Extract<WordState, { status: 'ready' }>;

interface Props {
  name: string;
  state: WordState;
  /** The meeting's participants, to choose on whose behalf to import. */
  participants: Participant[];
  /** The meeting's committees, to send a recommendation to another one. */
  committees: Committee[];
  onChange(next: WordChoices): void;
  onRemove(): void;
  disabled: boolean;
}

export function WordPreview({ name, state, participants, committees, onChange, onRemove, disabled }: Props) {
  const { t, plural, locale } = useI18n();
  const ids = useId();
  const heading = (
    <h3 id={`${ids}-heading`} className="word-preview-heading">
      {t('wordPreview.heading', { name })}
    </h3>
  );
  const remove = (
    <button type="button" className="button button-quiet button-small" onClick={onRemove} disabled={disabled}>
      {t('wordPreview.remove')}
    </button>
  );
  if (state.status === 'loading') {
    return (
      <section className="word-preview" aria-labelledby={`${ids}-heading`}>
        {heading}
        <Loading label={t('wordPreview.loading')} />
      </section>
    );
  }
  if (state.status === 'failed') {
    return (
      <section className="word-preview" aria-labelledby={`${ids}-heading`}>
        {heading}
        <p className="form-error" role="alert">
          {state.error.message[locale]}
        </p>
        {remove}
      </section>
    );
  }

  const { preview } = state;
  const options = targetOptions(preview, committees, state.names);
  const counts = countsByTarget(preview, state.skip, state.targets);
  const problems = nameProblems(preview, committees, state);
  const chosen = preview.recommendations.filter((r) => !state.skip.includes(r.index)).length;
  const toggle = (index: number, on: boolean) =>
    onChange({ ...state, skip: on ? state.skip.filter((i) => i !== index) : [...state.skip, index].sort((a, b) => a - b) });
  const changes = preview.trackedChanges.insertions + preview.trackedChanges.deletions;

  return (
    <section className="word-preview" aria-labelledby={`${ids}-heading`} data-word-file={name}>
      {heading}
      {preview.creator.name && <p className="muted small">{t('wordPreview.creator', { name: preview.creator.name })}</p>}
      {participants.length > 0 && (
        <label className="field word-preview-author">
          <span>{t('wordPreview.asParticipant')}</span>
          <select value={state.asParticipantId} disabled={disabled} onChange={(e) => onChange({ ...state, asParticipantId: e.target.value })}>
            <option value="">{t('wordPreview.asDefault')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.delegation})
              </option>
            ))}
          </select>
        </label>
      )}
      <h4>{t('wordPreview.committees')}</h4>
      <ul className="word-preview-committees">
        {preview.committees.map((c) => {
          const count = counts.get(previewTarget(c.key)) ?? 0;
          if (c.existingId) {
            return (
              <li key={c.key}>
                <strong>{c.name}</strong> ({count}) — <span className="muted">{t('wordPreview.committeeExisting')}</span>
              </li>
            );
          }
          const problem = problems.get(c.key);
          const errorId = `${ids}-${c.key}-error`;
          return (
            <li key={c.key} className="word-preview-new-committee">
              <label className="field">
                <span>{t('wordPreview.newName', { name: c.name })}</span>
                <input
                  type="text"
                  value={state.names[c.key] ?? c.name}
                  maxLength={200}
                  disabled={disabled}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onChange={(e) => onChange({ ...state, names: { ...state.names, [c.key]: e.target.value } })}
                />
              </label>
              <span>
                ({count}) — <span className={count > 0 ? 'word-preview-new' : 'muted'}>{t(count > 0 ? 'wordPreview.committeeNew' : 'wordPreview.committeeUnused')}</span>
              </span>
              {problem && (
                <p className="form-error" id={errorId} role="alert">
                  {problem.kind === 'empty' ? t('wordPreview.nameEmpty') : t('wordPreview.nameTaken', { name: problem.name })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <fieldset className="word-preview-recs" disabled={disabled}>
        <legend>{t('wordPreview.recommendations')}</legend>
        {preview.recommendations.map((r) => (
          <div key={r.index} className="word-preview-rec">
            <input
              type="checkbox"
              id={`${ids}-rec-${r.index}`}
              checked={!state.skip.includes(r.index)}
              onChange={(e) => toggle(r.index, e.target.checked)}
              aria-label={t('wordPreview.include', { title: r.title })}
            />
            <span className="word-preview-rec-body">
              <label htmlFor={`${ids}-rec-${r.index}`} className="word-preview-title">
                {r.title}
              </label>{' '}
              <span className="muted small">
                {[
                  plural('wordPreview.words', r.wordCount),
                  ...(r.preambularCount > 0 ? [plural('wordPreview.preambular', r.preambularCount)] : []),
                  ...(r.operativeCount > 0 ? [plural('wordPreview.operative', r.operativeCount)] : []),
                  ...(r.commentCount > 0 ? [plural('wordPreview.recComments', r.commentCount)] : []),
                ].join(', ')}
              </span>
              {r.excerpt && <span className="word-preview-excerpt">{r.excerpt}</span>}
              <label className="word-preview-target">
                <span className="muted small">{t('wordPreview.committee')}</span>{' '}
                <select
                  value={targetOf(preview, state.targets, r.index)}
                  disabled={disabled || state.skip.includes(r.index)}
                  aria-label={t('wordPreview.committeeOf', { title: r.title })}
                  onChange={(e) => onChange({ ...state, targets: { ...state.targets, [r.index]: e.target.value } })}
                >
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.isNew ? t('wordPreview.newOption', { name: o.name.trim() || '…' }) : o.name}
                    </option>
                  ))}
                </select>
              </label>
            </span>
          </div>
        ))}
      </fieldset>
      {chosen === 0 && (
        <p className="form-error" role="alert">
          {t('wordPreview.noneChosen', { name })}
        </p>
      )}
      {changes > 0 && (
        <fieldset className="word-preview-options" disabled={disabled}>
          <legend>
            {plural('wordPreview.trackedChanges', changes, { authors: preview.trackedChanges.authors.join(', ') || '—' })}
          </legend>
          <label className="radio">
            <input type="radio" name={`${ids}-tracked`} checked={state.trackedChanges === 'accept'} onChange={() => onChange({ ...state, trackedChanges: 'accept' })} />
            {t('wordPreview.trackedAccept')}
          </label>
          {preview.trackedChanges.amendable && (
            <label className="radio">
              <input type="radio" name={`${ids}-tracked`} checked={state.trackedChanges === 'amend'} onChange={() => onChange({ ...state, trackedChanges: 'amend' })} />
              {t('wordPreview.trackedAmend')}
            </label>
          )}
        </fieldset>
      )}
      {preview.comments.length > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={state.carryComments} disabled={disabled} onChange={(e) => onChange({ ...state, carryComments: e.target.checked })} />
          {t('wordPreview.carryComments')} ({t('wordPreview.comments', { count: preview.comments.length })})
        </label>
      )}
      {preview.warnings.length > 0 && (
        <div className="word-preview-warnings">
          <h4>{t('wordPreview.warnings')}</h4>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w.code}>{w.message[locale]}</li>
            ))}
          </ul>
        </div>
      )}
      {remove}
    </section>
  );
}
