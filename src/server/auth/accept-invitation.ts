/**
 * Following an invitation link: what the page shows about it, and accepting it, which creates the
 * account (or resets the existing one) and uses the invitation up, once, in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../db/constraint-errors.ts';
import type { UserRole } from '../db/schema.ts';
import { inTransaction } from '../db/transactions.ts';
import { Refusal } from '../security/refusal.ts';
import type { AuthDeps } from './auth-settings.ts';
import { findOpenInvitation, invitationNeedsTotp } from './invitations.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { endAllSessions } from './sessions.ts';
import type { TotpEnrolment } from './totp.ts';
import { createTotpEnrolment, totpCodeConfirmsSetup } from './totp.ts';

export interface InvitationView {
  email: string;
  role: UserRole;
  organization: { id: string; name: string } | null;
  region: { id: string; name: string } | null;
  expiresAt: string;
  resetsAccount: boolean;
  /** A fresh authenticator secret to show as a QR code; `required` when the account must use one. */
  totp: TotpEnrolment & { required: boolean };
}

export async function describeInvitation(deps: AuthDeps, token: string): Promise<InvitationView> {
  const invitation = await findOpenInvitation(deps, token);
  const { db } = deps;
  const organization = invitation.organization_id
    ? ((await db.selectFrom('organizations').select(['id', 'name']).where('id', '=', invitation.organization_id).executeTakeFirst()) ?? null)
    : null;
  const region = invitation.region_id
    ? ((await db.selectFrom('regions').select(['id', 'name']).where('id', '=', invitation.region_id).executeTakeFirst()) ?? null)
    : null;
  const existing = await db.selectFrom('users').select('id').where('email', '=', invitation.email).executeTakeFirst();
  return {
    email: invitation.email,
    role: invitation.role,
    organization,
    region,
    expiresAt: invitation.expires_at,
    resetsAccount: existing !== undefined,
    totp: { ...createTotpEnrolment(invitation.email), required: invitationNeedsTotp(deps, invitation.role) },
  };
}

export interface Acceptance {
  token: string;
  displayName: string;
  password: string;
  /** The secret the page showed and a code the app now shows for it. */
  totp?: { secret: string; code: string } | undefined;
}

export async function acceptInvitation(deps: AuthDeps, acceptance: Acceptance): Promise<{ userId: string }> {
  const { db, settings } = deps;
  const invitation = await findOpenInvitation(deps, acceptance.token);
  const problem = passwordProblem(acceptance.password, invitation.email);
  if (problem) throw new Refusal(400, `password: ${problem}`);

  const existing = await db.selectFrom('users').select('id').where('email', '=', invitation.email).executeTakeFirst();
  const userId = existing?.id ?? randomUUID();
  if (!acceptance.totp && invitationNeedsTotp(deps, invitation.role)) {
    throw new Refusal(400, 'Staff accounts on this server must set up an authenticator app: scan the code and enter the 6 digits it shows.', {
      totpRequired: true,
    });
  }
  if (acceptance.totp && !totpCodeConfirmsSetup(acceptance.totp.secret, acceptance.totp.code, settings.now())) {
    throw new Refusal(400, 'totp.code: is not the code your authenticator app shows now. Check the app and try again.');
  }
  // Hashing is slow on purpose: do it before the transaction takes SQLite's write lock.
  const passwordHash = await hashPassword(acceptance.password, settings.passwordCost);
  const now = settings.now().toISOString();

  try {
    await inTransaction(db, async (trx) => {
      // The guard on used_at makes the invitation single-use even when two tabs accept at once.
      const claimed = await trx
        .updateTable('invitations')
        .set({ used_at: now })
        .where('token_hash', '=', invitation.token_hash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) throw new Refusal(410, 'This invitation has already been used. Sign in, or ask for a new invitation.');
      const secondFactor = { totp_secret: acceptance.totp?.secret ?? null };
      if (existing) {
        await trx.updateTable('users').set({ display_name: acceptance.displayName, password_hash: passwordHash, ...secondFactor }).where('id', '=', userId).execute();
        await endAllSessions(trx, userId);
      } else {
        await trx
          .insertInto('users')
          .values({
            id: userId,
            email: invitation.email,
            display_name: acceptance.displayName,
            password_hash: passwordHash,
            role: invitation.role,
            region_id: invitation.region_id,
            ...secondFactor,
            disabled_at: null,
            created_at: now,
          })
          .execute();
      }
      if (invitation.organization_id) {
        await trx
          .insertInto('memberships')
          .values({ user_id: userId, organization_id: invitation.organization_id })
          .onConflict((conflict) => conflict.columns(['user_id', 'organization_id']).doNothing())
          .execute();
      }
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users', 'email')) throw new Refusal(409, 'An account with this email was created a moment ago. Sign in instead.');
    throw error;
  }
  return { userId };
}
