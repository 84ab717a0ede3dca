import { useEffect, useState } from 'preact/hooks';
import { focusField } from './field-ids.ts';
import type { DraftStore, ReferralDraft } from './referral-draft.ts';
import { firstErrorField, type FieldErrors, type FormField } from './referral-validation.ts';

/** Without the fields a change touched: `contact` clears `contact` and `contact.email`. */
function withoutErrorsOf(errors: FieldErrors, changed: readonly string[]): FieldErrors {
  const touched = (field: string) => changed.some((key) => field === key || field.startsWith(`${key}.`));
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !touched(field)));
}

/**
 * A referral form's state: the draft, saved to the device on every change, and its messages,
 * which go to the first wrong field when shown and leave a field once it is changed.
 */
export function useReferralForm(store: DraftStore, initial: () => ReferralDraft) {
  const [draft, setDraft] = useState<ReferralDraft>(() => store.load() ?? initial());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusRequests, setFocusRequests] = useState(0);

  useEffect(() => {
    const first = firstErrorField(errors);
    if (focusRequests > 0 && first) focusField(first);
    // Only a new request to show messages moves the focus, never a change that clears one.
  }, [focusRequests]);

  return {
    draft,
    errors,
    update(patch: Partial<ReferralDraft>) {
      const next = { ...draft, ...patch };
      setDraft(next);
      store.save(next);
      setErrors(withoutErrorsOf(errors, Object.keys(patch)));
    },
    /** Replaces the whole draft (a refused request brought back to be fixed). */
    replace(next: ReferralDraft) {
      setDraft(next);
      store.save(next);
    },
    clearFieldErrors(fields: readonly FormField[]) {
      setErrors(withoutErrorsOf(errors, fields));
    },
    /** Shows these messages and moves the focus to the first. */
    showErrors(next: FieldErrors) {
      setErrors(next);
      setFocusRequests((count) => count + 1);
    },
    clearDraft() {
      store.clear();
    },
  };
}
