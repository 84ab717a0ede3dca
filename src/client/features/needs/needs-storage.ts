/** The needs-check answers, kept on this device only (never sent), and easy to erase. */
import { emptyAnswers, parseAnswers, type NeedsAnswers } from '../../../shared/needs/needs-check.ts';

const STORAGE_KEY = 'guichet.needs-answers';

export function loadAnswers(): NeedsAnswers {
  try {
    return parseAnswers(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return emptyAnswers();
  }
}

export function saveAnswers(answers: NeedsAnswers): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(answers));
  } catch {
    // Storage blocked: the answers still work for this visit.
  }
}

export function clearAnswers(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}
