/**
 * Headers on every response that tell the browser to refuse what this app never does: run
 * scripts from elsewhere, be framed, sniff types, leak URLs in Referer.
 */
import type { MiddlewareHandler } from 'hono';
import type { OriginSettings } from './request-origin.ts';
import { arrivedOverHttps } from './request-origin.ts';
import { setOnResponse } from './response-headers.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Map tiles and a LIP's self-hosted basemap may live on another https host; data:/blob: are MapLibre's own images.
  "img-src 'self' data: blob: https:",
  "connect-src 'self' https:",
  // MapLibre starts its workers from blob: URLs.
  "worker-src 'self' blob:",
  // MapLibre positions its canvas and controls with inline styles.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "manifest-src 'self'",
].join('; ');

/** One year; without includeSubDomains, which could break other, older sites under the same domain. */
const HSTS = 'max-age=31536000';

const EVERY_RESPONSE = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Invitation and status links carry secrets; no other site should ever see them in a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function securityHeaders(settings: OriginSettings): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Browsers ignore HSTS received over plain http, and sending it on localhost would pin the developer's machine.
    setOnResponse(c, arrivedOverHttps(c, settings) ? { ...EVERY_RESPONSE, 'Strict-Transport-Security': HSTS } : EVERY_RESPONSE);
  };
}
