/**
 * Signing in: throttle, password, then the second factor. Every refusal is a Refusal with the
 * sentence the sign-in page shows. Unknown emails and wrong passwords get the same answer after
 * the same work, so the page cannot be used to find out who has an account.
 */
import { Refusal } from '../security/refusal.ts';
import type { AuthDeps } from './auth-settings.ts';
import { normalizeEmail } from './accounts.ts';
import { clearAccountFailures, recordSignInFailure, secondsUntilSignInAllowed } from './login-throttle.ts';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { acceptTotpCode } from './totp.ts';

export interface SignInAttempt {
  email: string;
  password: string;
  /** The authenticator code: absent on the first step, sent again with the password on the second. */
  totpCode?: string | undefined;
  /** The client's address, for the per-address throttle. */
  address: string;
}

const WRONG_CREDENTIALS = 'The email or password is not right.';

export const STAFF_NEED_TOTP =
  'Staff accounts on this server must confirm sign-in with an authenticator app, and yours has none set up. ' +
  'Ask your administrator for a new invitation link: following it sets up the app along with a new password.';

function throttled(seconds: number): Refusal {
  const minutes = Math.ceil(seconds / 60);
  return new Refusal(
    429,
    `Too many failed sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} before trying again.`,
    { retryAfterSeconds: seconds },
    { 'Retry-After': String(seconds) },
  );
}

/** The signed-in user's id; throws a Refusal for every way sign-in can fail. */
export async function signIn(deps: AuthDeps, attempt: SignInAttempt): Promise<{ userId: string }> {
  const { db, settings } = deps;
  const email = normalizeEmail(attempt.email);
  const wait = await secondsUntilSignInAllowed(deps, email, attempt.address);
  if (wait > 0) throw throttled(wait);

  const user = await db
    .selectFrom('users')
    .select(['id', 'role', 'password_hash', 'totp_secret', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
  const passwordMatches = user ? await verifyPassword(user.password_hash, attempt.password) : await verifyAgainstDummy(attempt.password, settings.passwordCost).then(() => false);
  if (!user || !passwordMatches) {
    await recordSignInFailure(deps, email, attempt.address);
    throw new Refusal(401, WRONG_CREDENTIALS);
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabled_at !== null) throw new Refusal(403, 'This account has been disabled. Ask your administrator if you need access again.');

  if (user.totp_secret !== null) {
    if (!attempt.totpCode) throw new Refusal(401, 'Enter the 6-digit code from your authenticator app.', { totpRequired: true });
    if (!(await acceptTotpCode(deps, user.id, user.totp_secret, attempt.totpCode))) {
      // Counted like a wrong password, so the six digits cannot be guessed either.
      await recordSignInFailure(deps, email, attempt.address);
      throw new Refusal(401, 'That code is not right, or it was already used. Wait for the next code and try again.', { totpRequired: true });
    }
  } else if (user.role === 'staff' && settings.mode === 'production') {
    throw new Refusal(403, STAFF_NEED_TOTP, { totpEnrolmentRequired: true });
  }

  await clearAccountFailures(deps, email);
  if (needsRehash(user.password_hash, settings.passwordCost)) {
    const upgraded = await hashPassword(attempt.password, settings.passwordCost);
    await db.updateTable('users').set({ password_hash: upgraded }).where('id', '=', user.id).execute();
  }
  return { userId: user.id };
}
