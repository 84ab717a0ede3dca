/**
 * Who may open a referral: the staff of the organization it is addressed to, and nobody else.
 * Coordinators and administrators have no inbox, so they never receive a person's details from
 * it. A referral of another organization is "not found", so its existence is not revealed either.
 */
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/auth-context.ts';
import type { Database, Referral } from '../db/schema.ts';
import { notInYourInbox, ReferralError } from './referral-errors.ts';
import { isReferralId } from './referral-secrets.ts';

export function requireStaff(caller: Caller | undefined): Caller {
  if (!caller) throw new ReferralError('unauthenticated', 'Sign in to use the referral inbox.');
  if (caller.role !== 'staff' || caller.organizationIds.length === 0) {
    throw new ReferralError('forbidden', 'The referral inbox is for the staff of a provider organization.');
  }
  return caller;
}

export async function findStaffReferral(db: Kysely<Database>, caller: Caller | undefined, id: string): Promise<Referral> {
  const { organizationIds } = requireStaff(caller);
  if (!isReferralId(id)) throw notInYourInbox();
  const referral = await db
    .selectFrom('referrals')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', 'in', organizationIds)
    .executeTakeFirst();
  if (!referral) throw notInYourInbox();
  return referral;
}

/** The caller's organization that refers a client: the one named, or their only one. */
export function referringOrganization(caller: Caller | undefined, named: string | undefined): string {
  const { organizationIds } = requireStaff(caller);
  if (named === undefined) {
    if (organizationIds.length === 1) return organizationIds[0]!;
    throw new ReferralError('invalid', 'The request is not valid.', [
      { path: 'referringOrganizationId', message: 'say which of your organizations makes this referral' },
    ]);
  }
  if (!organizationIds.includes(named)) throw new ReferralError('forbidden', 'You can refer clients only on behalf of your own organizations.');
  return named;
}
