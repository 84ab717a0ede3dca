/**
 * The referral outbox, one module for the app and the service worker. Every request goes in
 * here first, under its idempotency key, and leaves only when the server has answered it: a
 * receipt (kept in "my requests" in the same transaction) or a refusal (kept, for the person to
 * fix or discard). A network failure leaves it waiting for the next try.
 */
import type { z } from 'zod';
import type { ReferralReceipt, ReferralStatusView, referralSubmissionSchema } from '../../../../shared/referrals/referral-contract.ts';
import { OUTBOX_STORE, readAll, REQUESTS_STORE, committed, requestResult, writeTransaction } from './outbox-database.ts';
import { announceOutboxChange } from './outbox-events.ts';

/** The tag the page registers for Background Sync; the service worker answers it. */
export const OUTBOX_SYNC_TAG = 'guichet-referral-outbox';
const OUTBOX_LOCK = 'guichet-referral-outbox';
const REFERRALS_URL = '/api/referrals';

/** The request body as the newcomer's device sends it. */
export type ReferralBody = z.input<typeof referralSubmissionSchema>;

export interface FieldProblem {
  path: string;
  message: string;
}

/** The server read the request and said no; it says why in English, with the fields at fault. */
export interface Refusal {
  status: number;
  error: string;
  fields: FieldProblem[];
}

export interface OutboxEntry {
  idempotencyKey: string;
  body: ReferralBody;
  queuedAt: string;
  /** null while waiting to be sent. */
  refusal: Refusal | null;
}

/** A request the server acknowledged: its receipt, and what its status page said last. */
export interface SentRequest {
  idempotencyKey: string;
  serviceId: string;
  referenceCode: string;
  statusToken: string;
  sentAt: string;
  lastKnown: { view: ReferralStatusView; checkedAt: string } | null;
}

const byTime = <T>(time: (item: T) => string) => (a: T, b: T) => time(a).localeCompare(time(b));

/** Oldest first: the order they were made in is the order they are sent in. */
export async function listOutbox(): Promise<OutboxEntry[]> {
  return (await readAll<OutboxEntry>(OUTBOX_STORE)).sort(byTime((entry) => entry.queuedAt));
}

/** Newest first, as a person looks for the request they just made. */
export async function listSentRequests(): Promise<SentRequest[]> {
  return (await readAll<SentRequest>(REQUESTS_STORE)).sort(byTime<SentRequest>((request) => request.sentAt)).reverse();
}

/**
 * Puts a request in the outbox; `replacing` is the refused entry it corrects, removed in the
 * same transaction so the person never sees both or neither.
 */
export async function queueReferral(body: ReferralBody, replacing?: string): Promise<OutboxEntry> {
  const entry: OutboxEntry = { idempotencyKey: body.idempotencyKey, body, queuedAt: new Date().toISOString(), refusal: null };
  const transaction = await writeTransaction([OUTBOX_STORE]);
  const outbox = transaction.objectStore(OUTBOX_STORE);
  outbox.put(entry);
  if (replacing && replacing !== entry.idempotencyKey) outbox.delete(replacing);
  await committed(transaction);
  announceOutboxChange();
  return entry;
}

/** Takes an entry out of the outbox; returns it so the person can undo. */
export async function discardEntry(idempotencyKey: string): Promise<OutboxEntry | undefined> {
  const transaction = await writeTransaction([OUTBOX_STORE]);
  const outbox = transaction.objectStore(OUTBOX_STORE);
  const entry = await requestResult(outbox.get(idempotencyKey) as IDBRequest<OutboxEntry | undefined>);
  if (entry) outbox.delete(idempotencyKey);
  await committed(transaction);
  announceOutboxChange();
  return entry;
}

/** Puts a discarded entry back as it was. */
export async function restoreEntry(entry: OutboxEntry): Promise<void> {
  const transaction = await writeTransaction([OUTBOX_STORE]);
  transaction.objectStore(OUTBOX_STORE).put(entry);
  await committed(transaction);
  announceOutboxChange();
}

/** Keeps what the status page said, so the person sees it offline. */
export async function recordStatus(idempotencyKey: string, view: ReferralStatusView): Promise<void> {
  const transaction = await writeTransaction([REQUESTS_STORE]);
  const requests = transaction.objectStore(REQUESTS_STORE);
  const request = await requestResult(requests.get(idempotencyKey) as IDBRequest<SentRequest | undefined>);
  if (request) requests.put({ ...request, lastKnown: { view, checkedAt: new Date().toISOString() } });
  await committed(transaction);
  if (request) announceOutboxChange();
}

/** The receipt and the outbox entry's removal commit together: a receipt is never lost. */
async function storeReceipt(entry: OutboxEntry, receipt: ReferralReceipt): Promise<void> {
  const transaction = await writeTransaction([OUTBOX_STORE, REQUESTS_STORE]);
  const requests = transaction.objectStore(REQUESTS_STORE);
  const earlier = await requestResult(requests.get(entry.idempotencyKey) as IDBRequest<SentRequest | undefined>);
  const sent: SentRequest = {
    idempotencyKey: entry.idempotencyKey,
    serviceId: entry.body.serviceId,
    referenceCode: receipt.referenceCode,
    // A replay's answer carries a new token that replaces the earlier one: keep the newest.
    statusToken: receipt.statusToken,
    sentAt: earlier?.sentAt ?? new Date().toISOString(),
    lastKnown: earlier?.lastKnown ?? null,
  };
  requests.put(sent);
  transaction.objectStore(OUTBOX_STORE).delete(entry.idempotencyKey);
  await committed(transaction);
}

async function markRefused(idempotencyKey: string, refusal: Refusal): Promise<void> {
  const transaction = await writeTransaction([OUTBOX_STORE]);
  const outbox = transaction.objectStore(OUTBOX_STORE);
  // Discarded while it was on its way: it stays discarded.
  const entry = await requestResult(outbox.get(idempotencyKey) as IDBRequest<OutboxEntry | undefined>);
  if (entry) outbox.put({ ...entry, refusal });
  await committed(transaction);
}

async function readRefusal(response: Response): Promise<Refusal> {
  const answer = (await response.json().catch(() => ({}))) as { error?: unknown; fields?: unknown };
  const fields = Array.isArray(answer.fields)
    ? answer.fields.filter((field): field is FieldProblem => typeof field?.path === 'string' && typeof field?.message === 'string')
    : [];
  return { status: response.status, error: typeof answer.error === 'string' ? answer.error : '', fields };
}

type SendOutcome = 'sent' | 'refused' | 'try-later';

async function sendEntry(entry: OutboxEntry): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(REFERRALS_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(entry.body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return 'try-later'; // no connection; if the request did arrive, the replay returns its receipt
  }
  if (response.ok) {
    const receipt = (await response.json().catch(() => null)) as ReferralReceipt | null;
    // An answer cut short: send again, and the replay brings the receipt back.
    if (!receipt?.referenceCode || !receipt.statusToken) return 'try-later';
    await storeReceipt(entry, receipt);
    return 'sent';
  }
  // The server or something before it is struggling: nothing is wrong with the request.
  if (response.status >= 500 || response.status === 408 || response.status === 429) return 'try-later';
  await markRefused(entry.idempotencyKey, await readRefusal(response));
  return 'refused';
}

let localQueue: Promise<unknown> = Promise.resolve();

/**
 * One sender at a time across every tab and the service worker (a replay replaces the status
 * token, so two senders racing could each keep a different one). Without Web Locks, one per
 * context at least.
 */
async function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) return await navigator.locks.request(OUTBOX_LOCK, work);
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => undefined);
  return run;
}

export interface OutboxRun {
  sent: number;
  /** Something is still waiting because the network or the server failed. */
  waiting: boolean;
}

/** Sends the waiting entries one at a time, oldest first; stops at the first network failure. */
export function sendOutbox(): Promise<OutboxRun> {
  return withOutboxLock(async () => {
    let sent = 0;
    for (const entry of await listOutbox()) {
      if (entry.refusal) continue;
      const outcome = await sendEntry(entry);
      if (outcome === 'try-later') return { sent, waiting: true };
      if (outcome === 'sent') sent += 1;
      announceOutboxChange();
    }
    return { sent, waiting: false };
  });
}
