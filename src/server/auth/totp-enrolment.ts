/**
 * Adding (or replacing) the authenticator of a signed-in account. The secret is not stored until
 * a code from the app proves it was set up; replacing an active one also needs a code from the
 * old app, so a stolen session cannot swap in the thief's phone.
 */
import { Refusal } from '../security/refusal.ts';
import type { AuthDeps } from './auth-settings.ts';
import { recordSignInFailure, secondsUntilSignInAllowed } from './login-throttle.ts';
import type { TotpEnrolment } from './totp.ts';
import { acceptTotpCode, createTotpEnrolment, totpCodeConfirmsSetup } from './totp.ts';

export async function startTotpEnrolment({ db }: AuthDeps, userId: string): Promise<TotpEnrolment> {
  const user = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
  return createTotpEnrolment(user.email);
}

export interface TotpConfirmation {
  secret: string;
  code: string;
  /** A code from the authenticator already in use, when replacing it. */
  currentCode?: string | undefined;
}

/** `address` is the client's: wrong current codes count against the sign-in throttle, so they cannot be guessed. */
export async function confirmTotpEnrolment(deps: AuthDeps, userId: string, address: string, confirmation: TotpConfirmation): Promise<void> {
  const { db, settings } = deps;
  const user = await db.selectFrom('users').select(['email', 'totp_secret']).where('id', '=', userId).executeTakeFirstOrThrow();
  if (user.totp_secret !== null) {
    if (!confirmation.currentCode) throw new Refusal(400, 'currentCode: is required to replace your authenticator: enter the code your current app shows.');
    if ((await secondsUntilSignInAllowed(deps, user.email, address)) > 0) {
      throw new Refusal(429, 'Too many wrong codes. Wait a few minutes before trying again.');
    }
    if (!(await acceptTotpCode(deps, userId, user.totp_secret, confirmation.currentCode))) {
      await recordSignInFailure(deps, user.email, address);
      throw new Refusal(400, 'currentCode: is not the code your current authenticator app shows now.');
    }
  }
  if (!totpCodeConfirmsSetup(confirmation.secret, confirmation.code, settings.now())) {
    throw new Refusal(400, 'code: is not the code your authenticator app shows now. Check the app and try again.');
  }
  await db.updateTable('users').set({ totp_secret: confirmation.secret }).where('id', '=', userId).execute();
}
