/**
 * The second factor: time-based one-time codes (RFC 6238: 6 digits, 30 seconds, SHA-1, which is
 * what every authenticator app reads from a QR code). A code is accepted once only.
 */
import { Secret, TOTP } from 'otpauth';
import type { AuthDeps } from './auth-settings.ts';

const ISSUER = 'Guichet';
const PERIOD_SECONDS = 30;
/** One step either side: a phone clock half a minute off, or a code typed as it changed. */
const STEP_TOLERANCE = 1;
/** 160 bits, RFC 4226's recommended length, as 32 base32 characters. */
export const TOTP_SECRET_PATTERN = /^[A-Z2-7]{32}$/;
export const TOTP_CODE_PATTERN = /^\d{6}$/;

export interface TotpEnrolment {
  secret: string;
  /** otpauth:// URI for a QR code. */
  uri: string;
}

const totpFor = (secret: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });

/** A new secret for an authenticator app; nothing is stored until a code from it is confirmed. */
export function createTotpEnrolment(email: string): TotpEnrolment {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, email).toString() };
}

/** The code an app shows for this secret at a given time (demo tooling and tests). */
export function totpCodeAt(secret: string, time: Date): string {
  return totpFor(secret, 'code').generate({ timestamp: time.getTime() });
}

/** The time step `code` belongs to, if it is right for `secret` now (give or take a step). */
function matchingStep(secret: string, code: string, now: Date): number | null {
  if (!TOTP_CODE_PATTERN.test(code) || !TOTP_SECRET_PATTERN.test(secret)) return null;
  const timestamp = now.getTime();
  const delta = totpFor(secret, 'code').validate({ token: code, timestamp, window: STEP_TOLERANCE });
  return delta === null ? null : TOTP.counter({ period: PERIOD_SECONDS, timestamp }) + delta;
}

/** Enrolment: the app was set up with this secret if it shows this code. Proves setup, not identity, so nothing is claimed. */
export function totpCodeConfirmsSetup(secret: string, code: string, now: Date): boolean {
  return matchingStep(secret, code, now) !== null;
}

/**
 * Authentication: true when `code` is right for the user's secret now and was not accepted before.
 *
 * RFC 6238 §5.2 forbids accepting a code twice: someone who watched it typed could replay it
 * within its minute. The newest accepted step is kept in login_attempts under `totp-step:<user>`
 * (its window_started_at is the step's start), and claimed with one conditional upsert, so two
 * sign-ins racing with the same code cannot both win, on either engine or across processes.
 */
export async function acceptTotpCode({ db, settings }: AuthDeps, userId: string, secret: string, code: string): Promise<boolean> {
  const step = matchingStep(secret, code, settings.now());
  if (step === null) return false;
  const stepStartedAt = new Date(step * PERIOD_SECONDS * 1000).toISOString();
  const claimed = await db
    .insertInto('login_attempts')
    .values({ key: `totp-step:${userId}`, window_started_at: stepStartedAt, failures: 0 })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({ window_started_at: stepStartedAt }).where('login_attempts.window_started_at', '<', stepStartedAt),
    )
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}
