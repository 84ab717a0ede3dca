/**
 * A limit on request bodies that trusts a declared Content-Length.
 *
 * Hono's bodyLimit looks at `c.req.raw.body` first, even when the length is declared, and on
 * the Node adapter that builds a full web Request with a ReadableStream over the socket for
 * every request, GETs included: about a tenth of a referral submission's cost on the server.
 * Node's HTTP parser never reads a body past its declared Content-Length, so that header alone
 * bounds it; only a chunked body (or one made in-process, without the header) is counted as it
 * is read, by Hono's own middleware.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export interface BodySizeLimit {
  maxSize: number;
  onError: (c: Context) => Response | Promise<Response>;
}

export function limitBodySize(limit: BodySizeLimit): MiddlewareHandler {
  const countWhileReading = bodyLimit(limit);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('Content-Length');
    if (declared !== undefined && c.req.header('Transfer-Encoding') === undefined) {
      return Number(declared) > limit.maxSize ? limit.onError(c) : next();
    }
    return countWhileReading(c, next);
  };
}
