/**
 * What the rest of the app calls: a search's result came in, and the app started. Both load their
 * code only when needed, after the first render, so the home page's first load carries only this.
 *
 * Why counting is safe for a newcomer: the device adds searches up per day and sends only those
 * sums; nothing identifies the device or the person, no time finer than the day and no place is
 * kept, a text is counted only as words of letters (no number, postal code or address), and the
 * server lists a text only once it was counted 10 times from 3 reports (one phone, or one person
 * typing their own name, never shows). A person who asked their browser not to be tracked (Do Not
 * Track, Global Privacy Control) is not counted at all.
 */
import { effect } from '@preact/signals';
import type { SearchState } from '../../../shared/directory/search-state.ts';
import { directory, directoryStatus } from '../../directory/directory-store.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { trackingRefused } from './tracking-preference.ts';

/** A search counts once the person stops changing it for this long: never each keystroke. */
const SETTLE_MS = 1500;
/** After the directory is in, the report waits a little more, out of the way of the first pages. */
const SEND_DELAY_MS = 2000;

/** Everything past this file, in one chunk fetched when first needed; a failure to load it is silent. */
const tasks = () => import('./search-count-tasks.ts');

let settling: ReturnType<typeof setTimeout> | undefined;

/** Each result replaces the one before; the last to stand for SETTLE_MS is counted. */
export function noteSearchResult(state: SearchState, resultTotal: number): void {
  const region = directory.value?.region.id;
  if (!region || trackingRefused(navigator)) return;
  // The interface language when the search ran, not when it settled.
  const uiLanguage = currentLanguage.value;
  clearTimeout(settling);
  settling = setTimeout(() => {
    tasks().then((counts) => counts.recordSettledSearch(region, state, uiLanguage, resultTotal)).catch(() => undefined);
  }, SETTLE_MS);
}

function sendDueCounts(): void {
  if (!navigator.onLine || trackingRefused(navigator)) return;
  tasks().then((counts) => counts.sendDueSearchCounts()).catch(() => undefined);
}

let started = false;
/** On app start: once the directory is in, the past days' counts go, or when the connection returns. */
export function startSearchCounts(): void {
  if (trackingRefused(navigator)) {
    // What was counted before the person asked goes too.
    tasks().then((counts) => counts.forgetStoredCounts()).catch(() => undefined);
    return;
  }
  effect(() => {
    if (started || directoryStatus.value !== 'ready') return;
    started = true;
    setTimeout(sendDueCounts, SEND_DELAY_MS);
    window.addEventListener('online', sendDueCounts);
  });
}
