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
export async function ensureOrganizationRow(trx: Kysely<Database>, { organization, region }: ReferralTarget, at: string): Promise<string | null> {
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
  const row = await trx.selectFrom('organizations').select('intake_email').where('id', '=', organization.id).executeTakeFirstOrThrow();
  return row.intake_email;
}
