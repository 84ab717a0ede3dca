/**
 * Passwords: the rules a new one must meet, and argon2id hashing. The hashing cost comes from the
 * settings so tests can run fast while the server defaults to a production cost.
 */
import { hash, parseOptions, verify } from '@node-rs/argon2';
import type { PasswordHashCost } from './auth-settings.ts';
import { commonPasswords } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; the bound keeps one request from costing the server much. */
export const MAX_PASSWORD_LENGTH = 200;

/** Why a chosen password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (length > MAX_PASSWORD_LENGTH) return `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower) || new Set(lower).size <= 2) {
    return 'This password is one of the first an attacker would try. Choose another, for example three or four unrelated words.';
  }
  const mailbox = email.split('@')[0]?.toLowerCase() ?? '';
  if (mailbox.length >= 4 && lower.includes(mailbox)) return 'Choose a password that does not contain your email address.';
  return null;
}

const argonOptions = (cost: PasswordHashCost) => ({ memoryCost: cost.memoryKib, timeCost: cost.passes, parallelism: cost.parallelism });

/** An argon2id PHC string (the library's default algorithm), salt included. */
export function hashPassword(password: string, cost: PasswordHashCost): Promise<string> {
  return hash(password, argonOptions(cost));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A hash this library cannot read matches nothing.
    return false;
  }
}

/** True when a stored hash was made with other parameters than today's: rehash it at the next sign-in. */
export function needsRehash(passwordHash: string, cost: PasswordHashCost): boolean {
  try {
    const stored = parseOptions(passwordHash);
    return stored.memoryCost !== cost.memoryKib || stored.timeCost !== cost.passes || stored.parallelism !== cost.parallelism;
  } catch {
    return true;
  }
}

const dummyHashes = new Map<string, Promise<string>>();

/**
 * Verifies against a hash of a password no one has, at the current cost, so a sign-in with an
 * unknown email takes as long as one with a wrong password and does not reveal which emails exist.
 */
export async function verifyAgainstDummy(password: string, cost: PasswordHashCost): Promise<void> {
  const key = JSON.stringify(cost);
  let dummy = dummyHashes.get(key);
  if (!dummy) {
    dummy = hashPassword('no account has this password: it only spends the same time', cost);
    dummyHashes.set(key, dummy);
  }
  await verifyPassword(await dummy, password);
}
