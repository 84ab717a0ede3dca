/**
 * The staff inbox as a browser would use it: signed in through the real login, then pages of the
 * list asked for one at a time, each timed from request to the last byte of the answer.
 */
import { percentile } from './keystroke-latency.ts';
import type { StaffAccount } from './referral-seed.ts';

export interface InboxFigures {
  query: string;
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** How many referrals the list said it holds: the page's `total`. */
  total: number;
}

/** The session cookie a sign-in sets (loopback http gets the plain `guichet-session` name). */
export async function signIn(url: string, account: StaffAccount): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify(account),
  });
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('guichet-session='));
  if (response.status !== 200 || !cookie) throw new Error(`Signing in answered ${response.status}: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

export async function timeInboxList(url: string, cookie: string, query: string, plan: { warmUp: number; count: number }): Promise<InboxFigures> {
  const timings: number[] = [];
  let total = 0;
  for (let round = 0; round < plan.warmUp + plan.count; round += 1) {
    const started = performance.now();
    const response = await fetch(`${url}/api/inbox?${query}`, { headers: { Cookie: cookie } });
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET /api/inbox?${query} answered ${response.status}: ${text.slice(0, 200)}`);
    if (round >= plan.warmUp) timings.push(elapsed);
    total = (JSON.parse(text) as { total: number }).total;
  }
  return { query, count: timings.length, p50Ms: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95), p99Ms: percentile(timings, 0.99), total };
}
