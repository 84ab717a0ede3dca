/**
 * Whether this device has ever queued a referral request: a flag in localStorage, read
 * without opening IndexedDB, so the header shows "My requests" and the app start looks for
 * waiting requests only on devices that made one.
 */
import { signal } from '@preact/signals';

const STORAGE_KEY = 'guichet.referral-requests';

function readFlag(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'yes';
  } catch {
    return false; // storage blocked: the page still works, the header link does not show
  }
}

export const hasMadeRequests = signal(typeof localStorage === 'undefined' ? false : readFlag());

export function noteRequestMade(): void {
  hasMadeRequests.value = true;
  try {
    localStorage.setItem(STORAGE_KEY, 'yes');
  } catch {
    // Not remembered: the outbox still sends when the page is open or through the service worker.
  }
}
