/**
 * Whether this device has ever queued feedback: a localStorage flag, so the app start opens
 * the feedback outbox (and loads its code) only on devices that may have something waiting.
 */
const STORAGE_KEY = 'guichet.feedback-queued';

export function hasQueuedFeedback(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'yes';
  } catch {
    return false; // storage blocked: the service worker's Background Sync still sends
  }
}

export function noteFeedbackQueued(): void {
  try {
    localStorage.setItem(STORAGE_KEY, 'yes');
  } catch {
    // Not remembered: the page still sends when open, and the service worker on Background Sync.
  }
}
