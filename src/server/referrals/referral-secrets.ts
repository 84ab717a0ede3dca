/**
 * The codes and secrets a referral carries: a reference code a person can read over the phone,
 * the private status-link token (only its hash is stored), and the fingerprint of a request
 * that tells a replay from a different request under the same idempotency key.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L or U/V pairs: a code read aloud or copied by hand comes back right. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const CODE_LENGTH = 8;

/** `K7QM-4XTB`: 29^8 ≈ 5·10^11 codes, so a clash is rare and only costs a second draw. */
export function newReferenceCode(): string {
  let code = '';
  for (let index = 0; index < CODE_LENGTH; index += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The `number`th code in base 29, in the same shape: unique by construction, for rows written in
 * bulk (the demo's sample history, benchmarks) where drawing and checking for clashes would not pay.
 */
export function numberedReferenceCode(number: number): string {
  let code = '';
  for (let rest = number, digit = 0; digit < CODE_LENGTH; digit += 1, rest = Math.floor(rest / CODE_ALPHABET.length)) {
    code = CODE_ALPHABET[rest % CODE_ALPHABET.length] + code;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A referral's id: a UUID (version 7) that starts with its creation time in milliseconds, the
 * rest random. Ids made together sort together, so the indexes keyed by referral id (its own,
 * its history's, the audit log's) take new entries at their end, on a page a batch of new
 * referrals shares, instead of on a random page each, which every commit would have to write out
 * in full. The time it carries is the creation time every view of the referral shows anyway;
 * ids are not secrets (the status token is).
 */
export function newReferralId(createdAtMs: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(createdAtMs, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 256 random bits: unguessable, so the link alone is the key to the status page. */
export function newStatusToken(): string {
  return randomBytes(32).toString('base64url');
}

export function looksLikeStatusToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with keys sorted at every level, so the same content always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Computed on the validated request (trimmed, normalized), so cosmetic differences do not count. */
export function requestFingerprint(request: unknown): string {
  return sha256Hex(canonicalJson(request));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Referral ids are UUIDs; anything else cannot name one, and is answered without a query. */
export const isReferralId = (id: string): boolean => UUID.test(id);
