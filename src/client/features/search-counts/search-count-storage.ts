/**
 * The counts in localStorage: a few kilobytes at most (a week of days, each capped by the
 * contract), read and written whole. Blocked or full storage means nothing is counted, silently.
 */
import { parseStoredCounts, type StoredCounts } from './stored-counts.ts';

const STORAGE_KEY = 'guichet.search-counts';

export function readStoredCounts(): StoredCounts | null {
  try {
    return parseStoredCounts(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/** Reads, changes and writes back in one go, so another tab's write in between is not lost to a stale copy. */
export function updateStoredCounts(change: (stored: StoredCounts | null) => StoredCounts): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(change(readStoredCounts())));
  } catch {
    // Storage blocked or full: these counts are lost, and the app goes on as before.
  }
}

/** For a person who asked not to be tracked: what was counted before they asked goes too. */
export function forgetStoredCounts(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored can be reached either.
  }
}
