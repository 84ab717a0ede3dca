import type { JSX } from 'preact';
import { describedBy, fieldId, hintId } from './field-ids.ts';
import { FieldError } from './FieldError.tsx';
import type { ErrorKind, FormField } from './referral-validation.ts';

interface Props {
  field: FormField;
  label: string;
  hint?: string;
  error: ErrorKind | undefined;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'tel' | 'email';
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: JSX.HTMLAttributes['inputMode'];
  maxLength?: number;
  /** Text typed in it is in this direction whatever the page's (phone numbers, e-mail addresses). */
  dir?: 'ltr' | 'auto';
}

/** A labelled text box with its hint and its message. */
export function TextField({ field, label, hint, error, value, onInput, type = 'text', multiline = false, autoComplete, inputMode, maxLength, dir = 'auto' }: Props) {
  const shared = {
    id: fieldId(field),
    value,
    maxLength,
    dir,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(field, { hint: !!hint, error }),
    onInput: (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onInput(event.currentTarget.value),
  };
  return (
    <div class="form-field">
      <label for={fieldId(field)}>{label}</label>
      {hint && <p id={hintId(field)} class="hint">{hint}</p>}
      {multiline ? <textarea rows={3} {...shared} /> : <input type={type} autoComplete={autoComplete} inputMode={inputMode} {...shared} />}
      <FieldError field={field} error={error} />
    </div>
  );
}
