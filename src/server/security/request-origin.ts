/**
 * Where a request came from and where it was addressed: the answers the cookie, the same-origin
 * check, HSTS and invitation links depend on, worked out once here.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export interface OriginSettings {
  /** PUBLIC_ORIGIN: when set, the server's origin whatever the request says. */
  publicOrigin: string | null;
  /** Behind a reverse proxy: believe its X-Forwarded-Proto and X-Forwarded-For. */
  trustProxy: boolean;
}

/** The origin the browser used to reach this server, such as https://guichet.example.org. */
export function serverOrigin(c: Context, { publicOrigin, trustProxy }: OriginSettings): string {
  if (publicOrigin) return publicOrigin;
  const url = new URL(c.req.url);
  const forwardedProto = trustProxy ? c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() : undefined;
  return forwardedProto === 'https' || forwardedProto === 'http' ? `${forwardedProto}://${url.host}` : url.origin;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** http://localhost or 127.0.0.1: the one place a browser stores cookies without Secure. */
export function isPlainHttpLoopback(origin: string): boolean {
  const url = new URL(origin);
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * The request arrived over https, directly or through a trusted proxy that terminated TLS. As in
 * serverOrigin, X-Forwarded-Proto counts only behind a proxy: otherwise any client can send it.
 */
export function arrivedOverHttps(c: Context, settings: OriginSettings): boolean {
  if (settings.publicOrigin?.startsWith('https:')) return true;
  return new URL(c.req.url).protocol === 'https:' || (settings.trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https');
}

/**
 * The client's IP address. Behind a proxy, the last X-Forwarded-For entry: the one the proxy
 * itself appended, which the client cannot forge (earlier entries are whatever the client sent).
 */
export function clientAddress(c: Context, { trustProxy }: OriginSettings): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests, app.request) have no socket.
    return 'unknown';
  }
}
