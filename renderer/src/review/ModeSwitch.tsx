/** Inline or side by side: a pair of radio buttons drawn as a segmented switch. */
import { useId } from 'react';
import { useI18n } from '../i18n/context';

export type DiffMode = 'inline' | 'side';

export function ModeSwitch({ mode, onChange }: { mode: DiffMode; onChange(mode: DiffMode): void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('diff.modeLegend')}</legend>
      {(['inline', 'side'] as const).map((value) => (
        <label key={value} className={mode === value ? 'segmented-option segmented-selected' : 'segmented-option'}>
          <input type="radio" name={name} value={value} checked={mode === value} onChange={() => onChange(value)} />
          {t(value === 'inline' ? 'diff.modeInline' : 'diff.modeSide')}
        </label>
      ))}
    </fieldset>
  );
}
