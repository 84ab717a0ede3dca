/** Reading accounts as the rest of the server sees them, and disabling them. */
import type { Kysely } from 'kysely';
import type { Database, UserRole } from '../db/schema.ts';
import { inTransaction } from '../db/transactions.ts';
import type { Caller } from './auth-context.ts';
import { endAllSessions } from './sessions.ts';

/** Emails are compared in lower case without surrounding spaces, as people type them differently. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** What GET /api/auth/me shows: who is signed in, never the password hash or the TOTP secret. */
export interface AccountView {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  regionId: string | null;
  organizations: { id: string; name: string }[];
  totpEnabled: boolean;
}

async function organizationsOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .select(['organizations.id', 'organizations.name'])
    .where('memberships.user_id', '=', userId)
    .orderBy('organizations.name')
    .execute();
}

/** The caller for an enabled account, with the organizations it works for; null otherwise. */
export async function loadCaller(db: Kysely<Database>, userId: string): Promise<Caller | null> {
  const user = await db.selectFrom('users').select(['id', 'role', 'region_id']).where('id', '=', userId).where('disabled_at', 'is', null).executeTakeFirst();
  if (!user) return null;
  const memberships = await db.selectFrom('memberships').select('organization_id').where('user_id', '=', userId).execute();
  return {
    userId: user.id,
    role: user.role,
    organizationIds: memberships.map((membership) => membership.organization_id),
    regionId: user.role === 'coordinator' ? user.region_id : null,
  };
}

export async function describeAccount(db: Kysely<Database>, userId: string): Promise<AccountView | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'region_id', 'totp_secret'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    regionId: user.region_id,
    organizations: await organizationsOf(db, userId),
    totpEnabled: user.totp_secret !== null,
  };
}

/** Disables the account and ends all its sessions at once; null when no account has the email. */
export async function disableAccount(db: Kysely<Database>, email: string, now: Date): Promise<{ sessionsEnded: number } | null> {
  return inTransaction(db, async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('email', '=', normalizeEmail(email)).executeTakeFirst();
    if (!user) return null;
    await trx.updateTable('users').set({ disabled_at: now.toISOString() }).where('id', '=', user.id).where('disabled_at', 'is', null).execute();
    return { sessionsEnded: await endAllSessions(trx, user.id) };
  });
}
