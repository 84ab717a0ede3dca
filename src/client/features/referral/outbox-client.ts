/**
 * The page's side of the outbox: queueing a request, asking the service worker to send it
 * when the connection returns, sending it now when online, and the outbox as signals that
 * follow every change (from this page, another tab or the service worker).
 */
import { signal } from '@preact/signals';
import { noteRequestMade } from './request-activity.ts';
import { onOutboxChange } from './outbox/outbox-events.ts';
import { listOutbox, listSentRequests, OUTBOX_SYNC_TAG, queueReferral, sendOutbox, type OutboxEntry, type ReferralBody, type SentRequest } from './outbox/referral-outbox.ts';

export const outboxEntries = signal<OutboxEntry[]>([]);
export const sentRequests = signal<SentRequest[]>([]);
export const outboxState = signal<'loading' | 'ready' | 'unavailable'>('loading');
/** Whether the browser thinks it is online: "sending" or "waiting to send". */
export const online = signal(navigator.onLine);
window.addEventListener('online', () => (online.value = true));
window.addEventListener('offline', () => (online.value = false));

async function refresh(): Promise<void> {
  try {
    const [entries, requests] = await Promise.all([listOutbox(), listSentRequests()]);
    outboxEntries.value = entries;
    sentRequests.value = requests;
    outboxState.value = 'ready';
  } catch {
    outboxState.value = 'unavailable'; // storage blocked or full: the pages say so
  }
}

let watching = false;
/** Starts following the outbox (once per page); the signals fill in shortly after. */
export function watchOutbox(): void {
  if (watching) return;
  watching = true;
  onOutboxChange(() => void refresh());
  void refresh();
}

interface SyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/** Background Sync where the browser has it: the service worker sends even if this page closes. */
async function askForBackgroundSync(): Promise<void> {
  try {
    const registration = (await navigator.serviceWorker?.getRegistration()) as (ServiceWorkerRegistration & SyncRegistration) | undefined;
    await registration?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // Not allowed or not there: the app start and the `online` event send it instead.
  }
}

export function sendWaitingRequests(): void {
  void sendOutbox().catch(() => undefined);
}

let listening = false;
function sendOnReconnect(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('online', sendWaitingRequests);
}

/** Queues a request and sends it as soon as it can; `replacing` is a refused entry it corrects. */
export async function submitToOutbox(body: ReferralBody, replacing?: string): Promise<OutboxEntry> {
  const entry = await queueReferral(body, replacing);
  noteRequestMade();
  sendOnReconnect();
  await askForBackgroundSync();
  if (navigator.onLine) sendWaitingRequests();
  return entry;
}

/** On app start: whatever is still waiting goes now, or when the connection returns. */
export function resumeOutbox(): void {
  sendOnReconnect();
  sendWaitingRequests();
}
