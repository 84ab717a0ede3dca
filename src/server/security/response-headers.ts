/**
 * Headers added to a response a handler has already made. Hono's `c.header()` at that point
 * copies the whole response for every header it sets, in case its headers are immutable (a
 * response from fetch() or Response.redirect()); with the security headers that was eight copies
 * of every API answer. This app's handlers make responses whose headers can change, so they are
 * set in place, and copying is only the fallback.
 */
import type { Context } from 'hono';

export function setOnResponse(c: Context, headers: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  } catch {
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
  }
}
