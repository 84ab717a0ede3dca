/**
 * What staff type into a referral's forms (a rejection note, a forward note), kept for the tab's
 * life, so a session that ends mid-sentence costs a sign-in and not the sentence.
 */
import { useEffect, useState } from 'preact/hooks';

const keyOf = (scope: string, field: string) => `guichet.staffDraft:${scope}:${field}`;

function readDraft(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(key: string, value: string): void {
  try {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: the text stays on screen, it just does not outlive a sign-in.
  }
}

/** A text field's value, kept under `scope` (a referral id) and `field`; the setter also stores it. */
export function useDraft(scope: string, field: string): [string, (value: string) => void] {
  const key = keyOf(scope, field);
  const [value, setValue] = useState(() => readDraft(key));
  useEffect(() => setValue(readDraft(key)), [key]);
  const update = (next: string) => {
    setValue(next);
    writeDraft(key, next);
  };
  return [value, update];
}
