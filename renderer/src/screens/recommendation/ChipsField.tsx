/**
 * A field of several short values (addressees, lead actors): the values chosen as removable chips,
 * and a text box with suggestions (a datalist) where Enter, the Add button, picking a suggestion or
 * leaving the box adds what was typed. Nothing typed is dropped on the way out.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { comparisonKey } from '../../../../shared/domain/fields';
import { CloseSmallIcon } from '../../editor/editorIcons';
import { useI18n } from '../../i18n/context';

interface Props {
  label: string;
  hint?: string;
  values: string[];
  suggestions: readonly string[];
  addLabel: string;
  maxValues?: number;
  onChange(values: string[]): void;
}

export function ChipsField({ label, hint, values, suggestions, addLabel, maxValues = 30, onChange }: Props) {
  const { t } = useI18n();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState('');
  const chosen = new Set(values.map(comparisonKey));
  const offered = suggestions.filter((s) => !chosen.has(comparisonKey(s)));
  const full = values.length >= maxValues;

  const add = (raw: string) => {
    const value = raw.replace(/\s+/g, ' ').trim();
    setDraft('');
    if (!value || chosen.has(comparisonKey(value)) || full) return;
    onChange([...values, value.slice(0, 300)]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(draft);
    }
  };

  return (
    <div className="field chips-field">
      <label htmlFor={inputId}>{label}</label>
      {values.length > 0 ? (
        <ul className="chips">
          {values.map((value, index) => (
            <li key={value} className="chip">
              <span className="chip-text">{value}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('fields.removeValue', { value })}
                title={t('fields.removeValue', { value })}
                onClick={() => onChange(values.filter((_, i) => i !== index))}
              >
                <CloseSmallIcon />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="chips-empty">{t('fields.none')}</p>
      )}
      <div className="chips-entry">
        <input
          id={inputId}
          type="text"
          list={listId}
          value={draft}
          maxLength={300}
          disabled={full}
          aria-describedby={hint ? hintId : undefined}
          autoComplete="off"
          onChange={(event) => {
            const value = event.target.value;
            const native = event.nativeEvent as InputEvent;
            // Picking a suggestion in the list replaces the text at once: that is a choice.
            if ((native.inputType === 'insertReplacementText' || native.inputType === undefined) && offered.includes(value)) add(value);
            else setDraft(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft.trim()) add(draft);
          }}
        />
        <button
          type="button"
          className="button button-small"
          aria-label={addLabel}
          title={addLabel}
          disabled={full || !draft.trim()}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => add(draft)}
        >
          {t('fields.add')}
        </button>
      </div>
      <datalist id={listId}>
        {offered.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
