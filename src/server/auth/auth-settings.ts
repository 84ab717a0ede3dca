/**
 * How accounts behave on this server: the mode, session lifetimes, throttling limits, the cost of
 * password hashing and the clock. One object handed to every part of auth, so a test can speed
 * up hashing or move time forward without touching the code under test.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Env } from '../env.ts';

export type GuichetMode = Env['mode'];

/** argon2id parameters; memory in KiB. */
export interface PasswordHashCost {
  memoryKib: number;
  passes: number;
  parallelism: number;
}

/**
 * OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 20 ms per hash on one core here.
 * Memory is what makes GPU guessing expensive; keeping it at 19 MiB lets a 2-core box with little
 * RAM verify several logins at once without swapping, and the login throttle bounds the rest.
 */
export const PRODUCTION_PASSWORD_COST: PasswordHashCost = { memoryKib: 19456, passes: 2, parallelism: 1 };

export interface ThrottleLimits {
  /** Failures for one email within the window before sign-in pauses for it. */
  perAccount: number;
  /**
   * Failures from one address within the window. Higher than per account because an agency's
   * whole office can share one public address, and a typo there must not lock everyone out.
   */
  perAddress: number;
  windowMinutes: number;
}

export interface AuthSettings {
  mode: GuichetMode;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Where people reach the server; null: the origin each request was addressed to. */
  publicOrigin: string | null;
  /** Read the client's address from X-Forwarded-For (set only behind a reverse proxy). */
  trustProxy: boolean;
  passwordCost: PasswordHashCost;
  throttle: ThrottleLimits;
  invitationValidHours: number;
  /** The clock: every expiry and window is measured with it, so tests can move time. */
  now: () => Date;
}

export const defaultAuthSettings: AuthSettings = {
  mode: 'demo',
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  publicOrigin: null,
  trustProxy: false,
  passwordCost: PRODUCTION_PASSWORD_COST,
  throttle: { perAccount: 5, perAddress: 20, windowMinutes: 15 },
  invitationValidHours: 72,
  now: () => new Date(),
};

export function authSettingsFromEnv(env: Env): AuthSettings {
  return {
    ...defaultAuthSettings,
    mode: env.mode,
    sessionIdleMinutes: env.sessionIdleMinutes,
    sessionMaxHours: env.sessionMaxHours,
    publicOrigin: env.publicOrigin,
    trustProxy: env.trustProxy,
  };
}

/** What every auth operation needs: the database and the settings. */
export interface AuthDeps {
  db: Kysely<Database>;
  settings: AuthSettings;
}

export const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);
