/**
 * A labelled form field with an optional hint and an inline error, wired for assistive technology:
 * the label names the control, hint and error describe it, aria-invalid flags it.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { useI18n } from '../i18n/context';

interface Common {
  label: string;
  hint?: string;
  error?: string | null;
  required?: boolean;
  className?: string;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? hintId : null, error ? errorId : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Frame({ id, label, hint, error, required, className, children }: Common & { id: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {/* Outside the label: the field's name stays exactly the label; aria-required says the rest. */}
        {required && (
          <span className="field-required" aria-hidden="true">
            ({t('meetingForm.requiredMark')})
          </span>
        )}
      </div>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { inputRef?: Ref<HTMLInputElement> };

export function TextField({ label, hint, error, required, className, inputRef, ...input }: InputProps) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        ref={inputRef}
        id={id}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        {...input}
      />
    </Frame>
  );
}

type SelectProps = Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & { children: ReactNode };

export function SelectField({ label, hint, error, required, className, children, ...select }: SelectProps) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <select id={id} aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)} {...select}>
        {children}
      </select>
    </Frame>
  );
}
