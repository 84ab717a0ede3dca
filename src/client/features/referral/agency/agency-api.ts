/**
 * Staff calls of the referral form: who is signed in (for their organizations), and sending
 * the referral with an idempotency key that is kept until an answer comes back, so a retry
 * after a lost answer is the same referral, never a second one.
 */
import type { AgencyReferralRequest } from '../../../../shared/referrals/inbox-contract.ts';
import type { ReferralReceipt } from '../../../../shared/referrals/referral-contract.ts';
import type { FieldProblem } from '../outbox/referral-outbox.ts';

export interface StaffAccount {
  role: string;
  organizations: { id: string; name: string }[];
}

export type AccountAnswer = { kind: 'signed-in'; account: StaffAccount } | { kind: 'signed-out' } | { kind: 'offline' };

export async function fetchAccount(): Promise<AccountAnswer> {
  try {
    const response = await fetch('/api/auth/me', { cache: 'no-store', credentials: 'same-origin' });
    if (response.status === 401) return { kind: 'signed-out' };
    if (!response.ok) return { kind: 'offline' };
    return { kind: 'signed-in', account: ((await response.json()) as { user: StaffAccount }).user };
  } catch {
    return { kind: 'offline' };
  }
}

export type AgencyAnswer =
  | { kind: 'sent'; receipt: ReferralReceipt }
  | { kind: 'signed-out' }
  | { kind: 'forbidden' }
  | { kind: 'refused'; status: number; fields: FieldProblem[] }
  | { kind: 'offline' };

const ATTEMPT_KEY = 'guichet.agency-referral-attempt';

interface Attempt {
  idempotencyKey: string;
  body: string;
}

function lastAttempt(): Attempt | null {
  try {
    return JSON.parse(sessionStorage.getItem(ATTEMPT_KEY) ?? 'null') as Attempt | null;
  } catch {
    return null;
  }
}

/** The same details as the last unanswered try keep its key; changed details are a new referral. */
export function keyFor(body: object): string {
  const text = JSON.stringify(body);
  const attempt = lastAttempt();
  const idempotencyKey = attempt?.body === text ? attempt.idempotencyKey : crypto.randomUUID();
  try {
    sessionStorage.setItem(ATTEMPT_KEY, JSON.stringify({ idempotencyKey, body: text }));
  } catch {
    // A retry after a reload may then be sent with a new key.
  }
  return idempotencyKey;
}

export function forgetAttempt(): void {
  try {
    sessionStorage.removeItem(ATTEMPT_KEY);
  } catch {
    // Nothing was kept.
  }
}

export async function sendAgencyReferral(request: AgencyReferralRequest): Promise<AgencyAnswer> {
  let response: Response;
  try {
    response = await fetch('/api/inbox/referrals', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'offline' };
  }
  if (response.ok) return { kind: 'sent', receipt: (await response.json()) as ReferralReceipt };
  if (response.status === 401) return { kind: 'signed-out' };
  if (response.status === 403) return { kind: 'forbidden' };
  if (response.status >= 500) return { kind: 'offline' };
  const answer = (await response.json().catch(() => ({}))) as { fields?: FieldProblem[] };
  return { kind: 'refused', status: response.status, fields: Array.isArray(answer.fields) ? answer.fields : [] };
}
