/**
 * The organizations table holds what the directory does not: where referral notices go.
 * A directory organization gets its row (and its region's) on its first referral.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ReferralTarget } from './directory-targets.ts';

/**
 * Creates the rows if missing (concurrent first referrals both do nothing but one insert) and
 * returns the intake address. A new row starts with the organization's public e-mail from the
 * directory; notices carry no personal data, so a general inbox may receive them until an
 * administrator sets a dedicated intake address.
 */
export async function ensureOrganizationRow(trx: Kysely<Database>, target: ReferralTarget, at: string): Promise<string | null> {
  // Every referral after an organization's first finds its row: one read instead of two inserts and a read.
  const existing = await intakeEmailRow(trx, target.organization.id).executeTakeFirst();
  if (existing) return existing.intake_email;
  const { organization, region } = target;
  await trx
    .insertInto('regions')
    .values({ id: region.id, name: region.name, timezone: region.timezone, created_at: at })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  await trx
    .insertInto('organizations')
    .values({ id: organization.id, region_id: region.id, name: organization.name, intake_email: organization.email ?? null, created_at: at })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  return (await intakeEmailRow(trx, organization.id).executeTakeFirstOrThrow()).intake_email;
}

const intakeEmailRow = (trx: Kysely<Database>, organizationId: string) =>
  trx.selectFrom('organizations').select('intake_email').where('id', '=', organizationId);
