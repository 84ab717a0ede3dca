/**
 * Slows password guessing: after too many failures for one email, or from one address, within a
 * window, sign-in pauses for that email or address until the window ends. Counts live in the
 * database, so every server process sees the same numbers.
 */
import type { AuthDeps } from './auth-settings.ts';
import { minutesAfter } from './auth-settings.ts';

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

/** Whole seconds until sign-in may be tried again with this email from this address; 0 when it may now. */
export async function secondsUntilSignInAllowed({ db, settings }: AuthDeps, email: string, address: string): Promise<number> {
  const { perAccount, perAddress, windowMinutes } = settings.throttle;
  const now = settings.now();
  const counters = await db
    .selectFrom('login_attempts')
    .select(['key', 'window_started_at', 'failures'])
    .where('key', 'in', [accountKey(email), addressKey(address)])
    .execute();
  let waitMs = 0;
  for (const counter of counters) {
    const limit = counter.key === accountKey(email) ? perAccount : perAddress;
    const windowEnd = minutesAfter(new Date(counter.window_started_at), windowMinutes);
    if (counter.failures >= limit) waitMs = Math.max(waitMs, windowEnd.getTime() - now.getTime());
  }
  return Math.max(0, Math.ceil(waitMs / 1000));
}

/** Counts one failed sign-in against the email and the address; a window that has ended starts again at 1. */
export async function recordSignInFailure({ db, settings }: AuthDeps, email: string, address: string): Promise<void> {
  const now = settings.now().toISOString();
  const windowOpenedAfter = minutesAfter(settings.now(), -settings.throttle.windowMinutes).toISOString();
  for (const key of [accountKey(email), addressKey(address)]) {
    await db
      .insertInto('login_attempts')
      .values({ key, window_started_at: now, failures: 1 })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet((eb) => {
          const windowEnded = eb('login_attempts.window_started_at', '<', windowOpenedAfter);
          return {
            failures: eb.case().when(windowEnded).then(1).else(eb('login_attempts.failures', '+', 1)).end(),
            window_started_at: eb.case().when(windowEnded).then(now).else(eb.ref('login_attempts.window_started_at')).end(),
          };
        }),
      )
      .execute();
  }
  // Counters whose window has ended count for nothing: drop them so the table stays small. (This
  // also drops old `totp-step:` rows, which is safe: a code that old fails its time check anyway.)
  await db.deleteFrom('login_attempts').where('window_started_at', '<', windowOpenedAfter).execute();
}

/** A successful sign-in forgives the email's failures (not the address's: others may be guessing from it). */
export async function clearAccountFailures({ db }: AuthDeps, email: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', accountKey(email)).execute();
}
