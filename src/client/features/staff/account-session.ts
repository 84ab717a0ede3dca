/** Signing out, asking the server who is signed in, and going to sign in when a session has ended. */
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { callApi, type ApiResult } from './staff-api.ts';
import { setSignedInAccount, signedInAccount, type StaffAccount } from './signed-in-account.ts';
import { signInPathFor } from './next-path.ts';

export const UNAUTHENTICATED = 401;

let pending: Promise<ApiResult<{ user: StaffAccount }>> | null = null;

/** GET /api/auth/me, once at a time however many parts of the page ask. */
export async function fetchSignedInAccount(): Promise<ApiResult<{ user: StaffAccount }>> {
  pending ??= callApi<{ user: StaffAccount }>('/api/auth/me').finally(() => (pending = null));
  const result = await pending;
  if (result.ok) setSignedInAccount(result.data.user);
  else if (result.status === UNAUTHENTICATED) setSignedInAccount(null);
  return result;
}

/** Ends the session on the server; the cookie goes with it. False when the server could not be reached. */
export async function signOut(): Promise<boolean> {
  const result = await callApi<void>('/api/auth/logout', { method: 'POST', body: {} });
  if (result.ok) setSignedInAccount(null);
  return result.ok;
}

/**
 * For a page that got 401: forget the account and send the reader to sign in, back here
 * afterwards. The page keeps what was typed in sessionStorage (staff-drafts.ts) before calling it.
 */
export function useSignInAgain(): () => void {
  const { route, url } = useLocation();
  return () => {
    if (signedInAccount.value) setSignedInAccount(null);
    route(signInPathFor(url), true);
  };
}

/** For pages that need a session anyway: the header and the history learn who is reading. */
export function useKnownAccount(): void {
  useEffect(() => {
    if (!signedInAccount.value) void fetchSignedInAccount();
  }, []);
}
