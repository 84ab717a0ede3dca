import type { FormField } from './referral-validation.ts';

/** The element a field's label, hint and message hang on: `contact.email` → `referral-contact-email`. */
export const fieldId = (field: FormField | 'preferredLanguage' | 'interpreterNeeded' | 'consent.allowForward'): string => `referral-${field.replace('.', '-')}`;
export const hintId = (field: FormField): string => `${fieldId(field)}-hint`;
export const errorId = (field: FormField): string => `${fieldId(field)}-error`;

/** What describes a field: its hint when it has one, its message when it is wrong. */
export function describedBy(field: FormField, { hint = false, error }: { hint?: boolean; error?: unknown }): string | undefined {
  return [hint && hintId(field), error && errorId(field)].filter(Boolean).join(' ') || undefined;
}

/**
 * Moves the focus to a field: the input itself, or the first input of a group (a fieldset),
 * so a screen reader reads its label and its message.
 */
export function focusField(field: FormField): void {
  const element = document.getElementById(fieldId(field));
  const target = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input, select, textarea') : element;
  target?.focus();
}
