/**
 * Cross-site request forgery defence for the API, with no token to manage: every request that
 * changes something must be JSON and, when the browser names its origin, come from this site.
 *
 * A page on another site can make a browser send a form or a `text/plain` POST with the user's
 * cookie without asking anyone, but not an `application/json` one: that needs a CORS preflight,
 * which this server never grants. The Origin check refuses the rest outright. (SameSite=Strict on
 * the session cookie is a third, independent line.) A request with no body at all has no type to
 * check; browsers always name the Origin of a cross-site POST, so the Origin check covers it.
 */
import type { MiddlewareHandler } from 'hono';
import { limitBodySize } from './body-size-limit.ts';
import { Refusal } from './refusal.ts';
import type { OriginSettings } from './request-origin.ts';
import { serverOrigin } from './request-origin.ts';

const STATE_CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Far above any form this API takes; keeps a stream of junk from costing memory. */
export const MAX_API_BODY_BYTES = 64 * 1024;

const isJson = (contentType: string | undefined) => contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
/**
 * The HSDS import alone also takes a datapackage zip. A cross-site form cannot send that type
 * without a preflight either, and the Origin check still applies to it.
 */
const EXCHANGE_IMPORT = /^\/api\/exchange\/[^/]+\/import(\/preview)?$/;
const isExchangeImport = (path: string) => EXCHANGE_IMPORT.test(path);
const isZip = (contentType: string | undefined) => ['application/zip', 'application/x-zip-compressed'].includes(contentType?.split(';')[0]?.trim().toLowerCase() ?? '');
const carriesBody = (headers: { contentType?: string; contentLength?: string; transferEncoding?: string }) =>
  headers.contentType !== undefined || headers.transferEncoding !== undefined || (headers.contentLength ?? '0').trim() !== '0';

export function sameOriginJsonOnly(settings: OriginSettings): MiddlewareHandler {
  return async (c, next) => {
    if (!STATE_CHANGING_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('Origin');
    if (origin !== undefined && origin !== serverOrigin(c, settings)) {
      throw new Refusal(403, 'This request came from another website and was refused. Use Guichet directly.');
    }
    const contentType = c.req.header('Content-Type');
    const body = { contentType, contentLength: c.req.header('Content-Length'), transferEncoding: c.req.header('Transfer-Encoding') };
    if (carriesBody(body) && !isJson(contentType) && !(isExchangeImport(c.req.path) && isZip(contentType))) {
      throw new Refusal(415, 'Send this request as JSON, with the header Content-Type: application/json.');
    }
    return next();
  };
}

/** A whole organization's listing (dozens of services, each translated) is saved in one request. */
export const MAX_LISTING_BODY_BYTES = 1024 * 1024;

const bodyLimitOf = (maxSize: number) =>
  limitBodySize({
    maxSize,
    onError: () => {
      throw new Refusal(413, `The request body is too large (the limit is ${maxSize / 1024} KB).`);
    },
  });

/** A region's HSDS file: a 60,000-service region is about 300 MB of JSON, a tenth of that zipped. */
export const MAX_EXCHANGE_BODY_BYTES = 512 * 1024 * 1024;

const smallBodies = bodyLimitOf(MAX_API_BODY_BYTES);
const listingBodies = bodyLimitOf(MAX_LISTING_BODY_BYTES);
const exchangeBodies = bodyLimitOf(MAX_EXCHANGE_BODY_BYTES);

export const limitApiBodies: MiddlewareHandler = (c, next) =>
  isExchangeImport(c.req.path) ? exchangeBodies(c, next) : c.req.path.startsWith('/api/listings/') ? listingBodies(c, next) : smallBodies(c, next);
