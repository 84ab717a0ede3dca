/**
 * The page's side of the feedback outbox: queueing a report, sending it now when online, asking
 * the service worker to send it when the connection returns, and the outbox as signals that
 * follow every change (from this page, another tab or the service worker).
 */
import { signal } from '@preact/signals';
import type { FeedbackBody } from '../../../shared/feedback/feedback-contract.ts';
import { noteFeedbackQueued } from './feedback-activity.ts';
import {
  FEEDBACK_SYNC_TAG,
  listFeedbackOutbox,
  listSentFeedback,
  onFeedbackOutboxChange,
  queueFeedback,
  sendFeedbackOutbox,
  type FeedbackEntry,
  type SentFeedback,
} from './outbox/feedback-outbox.ts';

export const feedbackEntries = signal<FeedbackEntry[]>([]);
export const sentFeedback = signal<SentFeedback[]>([]);
/** Storage blocked or full: the forms say so instead of pretending a report was saved. */
export const feedbackStorage = signal<'loading' | 'ready' | 'unavailable'>('loading');
export const online = signal(navigator.onLine);
window.addEventListener('online', () => (online.value = true));
window.addEventListener('offline', () => (online.value = false));

async function refresh(): Promise<void> {
  try {
    const [entries, sent] = await Promise.all([listFeedbackOutbox(), listSentFeedback()]);
    feedbackEntries.value = entries;
    sentFeedback.value = sent;
    feedbackStorage.value = 'ready';
  } catch {
    feedbackStorage.value = 'unavailable';
  }
}

let watching = false;
export function watchFeedbackOutbox(): void {
  if (watching) return;
  watching = true;
  onFeedbackOutboxChange(() => void refresh());
  void refresh();
}

interface SyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/** Background Sync where the browser has it: the service worker sends even if this page closes. */
async function askForBackgroundSync(): Promise<void> {
  try {
    const registration = (await navigator.serviceWorker?.getRegistration()) as (ServiceWorkerRegistration & SyncRegistration) | undefined;
    await registration?.sync?.register(FEEDBACK_SYNC_TAG);
  } catch {
    // Not allowed or not there: the app start and the `online` event send it instead.
  }
}

export function sendWaitingFeedback(): void {
  void sendFeedbackOutbox().catch(() => undefined);
}

let listening = false;
function sendOnReconnect(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('online', sendWaitingFeedback);
}

/** Saves the report on the phone first, then sends it as soon as it can. */
export async function submitFeedback(body: FeedbackBody): Promise<FeedbackEntry> {
  const entry = await queueFeedback(body);
  noteFeedbackQueued();
  sendOnReconnect();
  await askForBackgroundSync();
  if (navigator.onLine) sendWaitingFeedback();
  return entry;
}

/** On app start: whatever still waits goes now, or when the connection returns. */
export function resumeFeedbackOutbox(): void {
  sendOnReconnect();
  sendWaitingFeedback();
}
