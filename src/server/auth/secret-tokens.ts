/**
 * Secrets handed to a browser (session ids, invitation tokens) and their stored form. Only the
 * sha-256 of a secret is kept, so a copy of the database cannot be replayed as a login or an
 * invitation. A plain hash is enough here, unlike passwords: the secrets are 256 random bits,
 * which no one can guess or search for.
 */
import { createHash, randomBytes } from 'node:crypto';

export function createSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
