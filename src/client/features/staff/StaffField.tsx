import type { ComponentChildren } from 'preact';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface StaffFieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  /** Shown under the control and read with it, so it is heard when the control takes focus. */
  error?: string | undefined;
  children: (control: FieldControlProps) => ComponentChildren;
}

/** A labelled form control with its hint and error: the one way staff forms lay out a field. */
export function StaffField({ id, label, hint, error, children }: StaffFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'staff-field has-error' : 'staff-field'}>
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={hintId}>{hint}</p>}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && <p class="field-error" id={errorId}>{error}</p>}
    </div>
  );
}
