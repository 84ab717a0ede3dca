/**
 * Consent to pass a request on to another service gets a column of its own. Until now a yes was
 * written as a suffix of the consent text version (`2026-11-v1+forward`): every reader had to
 * parse it, and the version column did not hold a version. Existing rows get the column from the
 * suffix, and lose the suffix, in the same step.
 *
 * The inbox's list and the forward chain get the indexes they need. The list is one page of an
 * organization's referrals in time order (id breaking ties), all of them or those in one status:
 * 0001's (organization, status, created_at) served neither in full, so SQLite's planner chose to
 * walk the organization's whole past for "the oldest waiting", and to sort all of it for the
 * unfiltered list. Each now has an index in exactly its order.
 *
 * Frozen once released, like 0001.
 */
import { sql, type Kysely } from 'kysely';

const FORWARD_SUFFIX = '+forward';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('referrals')
    .addColumn('consent_allows_forward', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await sql`
    update referrals
    set consent_allows_forward = 1,
        consent_text_version = substr(consent_text_version, 1, length(consent_text_version) - ${sql.lit(FORWARD_SUFFIX.length)})
    where consent_text_version like ${`%${FORWARD_SUFFIX}`}`.execute(db);

  await db.schema.dropIndex('referrals_inbox').execute();
  await db.schema.createIndex('referrals_inbox').on('referrals').columns(['organization_id', 'status', 'created_at', 'id']).execute();
  await db.schema.createIndex('referrals_inbox_all').on('referrals').columns(['organization_id', 'created_at', 'id']).execute();
  // `forwardChain()` looks up the referral forwarded from this one, on every status page and inbox read.
  await db.schema.createIndex('referrals_by_forwarded_from').on('referrals').column('forwarded_from_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('referrals_by_forwarded_from').execute();
  await db.schema.dropIndex('referrals_inbox_all').execute();
  await db.schema.dropIndex('referrals_inbox').execute();
  await db.schema.createIndex('referrals_inbox').on('referrals').columns(['organization_id', 'status', 'created_at']).execute();
  await sql`
    update referrals set consent_text_version = consent_text_version || ${FORWARD_SUFFIX}
    where consent_allows_forward = 1`.execute(db);
  await db.schema.alterTable('referrals').dropColumn('consent_allows_forward').execute();
}
