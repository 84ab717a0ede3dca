/**
 * The feedback outbox, one module for the app and the service worker. A report or rating goes
 * in here first, under its idempotency key, and leaves only when the server has answered: a
 * receipt (kept in `sent`, in the same transaction) or a refusal (kept, so the page can show
 * why and give the text back). No connection, a busy server or the rate limit keep it waiting.
 */
import type { FeedbackBody, FeedbackReceipt } from '../../../../shared/feedback/feedback-contract.ts';
import { committed, OUTBOX_STORE, readAll, requestResult, SENT_STORE, writeTransaction } from './feedback-database.ts';

/** The tag the page registers for Background Sync; the service worker answers it. */
export const FEEDBACK_SYNC_TAG = 'guichet-feedback-outbox';
const OUTBOX_LOCK = 'guichet-feedback-outbox';
const CHANNEL_NAME = 'guichet-feedback-outbox';
const FEEDBACK_URL = '/api/feedback';

export interface FeedbackEntry {
  idempotencyKey: string;
  body: FeedbackBody;
  queuedAt: string;
  /** A try failed while online (no answer, busy server, too many reports): it will try again. */
  delayed: boolean;
  /** The server read it and said no (in English); null while waiting. */
  refusal: { status: number; error: string } | null;
}

export interface SentFeedback {
  idempotencyKey: string;
  serviceId: string;
  kind: FeedbackBody['kind'];
  receipt: FeedbackReceipt;
  sentAt: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function sharedChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    // A channel never hears its own messages: listeners in this context are called directly.
    if (channel) channel.onmessage = () => listeners.forEach((listener) => listener());
  }
  return channel;
}

function announceChange(): void {
  sharedChannel()?.postMessage('changed');
  listeners.forEach((listener) => listener());
}

/** Called after every change, made here, in another tab or by the service worker. */
export function onFeedbackOutboxChange(listener: Listener): () => void {
  sharedChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const byQueuedAt = (a: FeedbackEntry, b: FeedbackEntry) => a.queuedAt.localeCompare(b.queuedAt);

export async function listFeedbackOutbox(): Promise<FeedbackEntry[]> {
  return (await readAll<FeedbackEntry>(OUTBOX_STORE)).sort(byQueuedAt);
}

export function listSentFeedback(): Promise<SentFeedback[]> {
  return readAll<SentFeedback>(SENT_STORE);
}

export async function queueFeedback(body: FeedbackBody): Promise<FeedbackEntry> {
  const entry: FeedbackEntry = { idempotencyKey: body.idempotencyKey, body, queuedAt: new Date().toISOString(), delayed: false, refusal: null };
  const transaction = await writeTransaction([OUTBOX_STORE]);
  transaction.objectStore(OUTBOX_STORE).put(entry);
  await committed(transaction);
  announceChange();
  return entry;
}

/** Takes a refused entry out once the page has given its text back to the form. */
export async function discardFeedback(idempotencyKey: string): Promise<void> {
  const transaction = await writeTransaction([OUTBOX_STORE]);
  transaction.objectStore(OUTBOX_STORE).delete(idempotencyKey);
  await committed(transaction);
  announceChange();
}

/** The receipt and the entry's removal commit together: a sent report is never sent as new. */
async function storeReceipt(entry: FeedbackEntry, receipt: FeedbackReceipt): Promise<void> {
  const transaction = await writeTransaction([OUTBOX_STORE, SENT_STORE]);
  const sent: SentFeedback = { idempotencyKey: entry.idempotencyKey, serviceId: entry.body.serviceId, kind: entry.body.kind, receipt, sentAt: new Date().toISOString() };
  transaction.objectStore(SENT_STORE).put(sent);
  transaction.objectStore(OUTBOX_STORE).delete(entry.idempotencyKey);
  await committed(transaction);
}

async function updateEntry(idempotencyKey: string, change: Partial<FeedbackEntry>): Promise<void> {
  const transaction = await writeTransaction([OUTBOX_STORE]);
  const outbox = transaction.objectStore(OUTBOX_STORE);
  // Discarded while it was on its way: it stays discarded.
  const entry = await requestResult(outbox.get(idempotencyKey) as IDBRequest<FeedbackEntry | undefined>);
  if (entry) outbox.put({ ...entry, ...change });
  await committed(transaction);
}

type SendOutcome = 'sent' | 'refused' | 'try-later';

async function sendEntry(entry: FeedbackEntry): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(FEEDBACK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(entry.body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    // No answer; if it did arrive, the resend gets the same receipt. Said to be late only when
    // the phone thinks it is online: offline, waiting is what the person already expects.
    if (!entry.delayed && navigator.onLine) await updateEntry(entry.idempotencyKey, { delayed: true });
    return 'try-later';
  }
  if (response.ok) {
    const receipt = (await response.json().catch(() => null)) as FeedbackReceipt | null;
    if (!receipt?.id) return 'try-later'; // an answer cut short: the resend brings it back
    await storeReceipt(entry, receipt);
    return 'sent';
  }
  if (response.status >= 500 || response.status === 408 || response.status === 429) {
    if (!entry.delayed) await updateEntry(entry.idempotencyKey, { delayed: true });
    return 'try-later';
  }
  const answer = (await response.json().catch(() => ({}))) as { error?: unknown };
  await updateEntry(entry.idempotencyKey, { refusal: { status: response.status, error: typeof answer.error === 'string' ? answer.error : '' } });
  return 'refused';
}

let localQueue: Promise<unknown> = Promise.resolve();

/** One sender at a time across tabs and the service worker; without Web Locks, one per context. */
async function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) return await navigator.locks.request(OUTBOX_LOCK, work);
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => undefined);
  return run;
}

/** Sends what waits, oldest first; stops at the first failure of the network or the server. */
export function sendFeedbackOutbox(): Promise<{ sent: number; waiting: boolean }> {
  return withOutboxLock(async () => {
    let sent = 0;
    let waiting = false;
    for (const entry of await listFeedbackOutbox()) {
      if (entry.refusal) continue;
      const outcome = await sendEntry(entry);
      if (outcome === 'sent') sent += 1;
      announceChange();
      if (outcome === 'try-later') {
        waiting = true;
        break;
      }
    }
    return { sent, waiting };
  });
}
