/**
 * The session cookie. `__Host-guichet-session` wherever the site is served over https: the
 * `__Host-` prefix makes the browser refuse it unless it is Secure, for this exact host and path
 * /, so no subdomain or plain-http page can plant or overwrite it. Browsers accept `__Host-` only
 * with Secure, which plain-http localhost development cannot have, so there the cookie is named
 * `guichet-session` and is not Secure. Any other plain-http address gets the Secure cookie, which
 * the browser will not store: sign-in works only over https, as it should.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isPlainHttpLoopback } from '../security/request-origin.ts';

export const SECURE_SESSION_COOKIE = '__Host-guichet-session';
export const LOCAL_SESSION_COOKIE = 'guichet-session';

const cookieFor = (origin: string) =>
  isPlainHttpLoopback(origin) ? { name: LOCAL_SESSION_COOKIE, secure: false } : { name: SECURE_SESSION_COOKIE, secure: true };

export function readSessionCookie(c: Context, origin: string): string | undefined {
  return getCookie(c, cookieFor(origin).name);
}

export function writeSessionCookie(c: Context, origin: string, token: string): void {
  const { name, secure } = cookieFor(origin);
  // No Expires: the cookie leaves with the browser session (a shared office computer closes the
  // browser); the server's idle and absolute timeouts bound it in any case.
  // SameSite=Strict: the invitation and sign-in pages set the cookie from their own requests, and
  // the app's API calls are same-site, so nothing needs it on arrival from another site.
  setCookie(c, name, token, { httpOnly: true, secure, sameSite: 'Strict', path: '/' });
}

export function clearSessionCookie(c: Context, origin: string): void {
  const { name, secure } = cookieFor(origin);
  deleteCookie(c, name, { httpOnly: true, secure, sameSite: 'Strict', path: '/' });
}
