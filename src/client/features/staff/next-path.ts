/**
 * Where to go after signing in. `next` comes from the address bar, so anyone can write a link
 * with it: only a path of this site is followed, never another site (`//evil.example`, `https:`).
 */
import type { StaffRole } from './signed-in-account.ts';

export const SIGN_IN_PATH = '/sign-in';

/** `next` when it is a path of this site other than the sign-in page itself; null otherwise. */
export function safeNextPath(next: string | undefined | null, origin: string): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname === SIGN_IN_PATH) return null;
  return url.pathname + url.search + url.hash;
}

/** Staff start at their inbox; coordinators and administrators have none, so they start at their account. */
export const homeOf = (role: StaffRole): string => (role === 'staff' ? '/inbox' : '/account');

export function destinationAfterSignIn(role: StaffRole, next: string | undefined | null, origin: string): string {
  const path = safeNextPath(next, origin);
  if (path === null || (role !== 'staff' && /^\/inbox(\/|\?|$)/.test(path))) return homeOf(role);
  return path;
}

/** The sign-in page's address that brings the reader back to `path` afterwards. */
export const signInPathFor = (path: string): string => `${SIGN_IN_PATH}?next=${encodeURIComponent(path)}`;
