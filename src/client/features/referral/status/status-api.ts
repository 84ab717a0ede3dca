/** The private status page's two calls: read where a request is, and withdraw it. */
import type { ReferralStatusView } from '../../../../shared/referrals/referral-contract.ts';

export type StatusAnswer = { kind: 'found'; view: ReferralStatusView } | { kind: 'not-found' } | { kind: 'offline' } | { kind: 'error' };

async function call(path: string, init?: RequestInit): Promise<StatusAnswer> {
  let response: Response;
  try {
    response = await fetch(path, { cache: 'no-store', credentials: 'same-origin', ...init });
  } catch {
    return { kind: 'offline' };
  }
  if (response.status === 404) return { kind: 'not-found' };
  if (!response.ok) return { kind: 'error' };
  try {
    return { kind: 'found', view: (await response.json()) as ReferralStatusView };
  } catch {
    return { kind: 'error' };
  }
}

const statusPath = (token: string) => `/api/referrals/status/${encodeURIComponent(token)}`;

export const fetchStatus = (token: string): Promise<StatusAnswer> => call(statusPath(token));

/** No body: the token in the path says which request; the server erases the person's details. */
export const withdrawRequest = (token: string): Promise<StatusAnswer> => call(`${statusPath(token)}/withdraw`, { method: 'POST' });
