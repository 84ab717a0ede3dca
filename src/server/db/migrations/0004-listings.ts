/**
 * Provider listings (src/server/listings/README.md):
 *
 * - `listing_heads`: one row per organization listed in a region: its live version (null until
 *   the first publication goes live) and its latest version number.
 * - `listing_versions`: every publication, revert, verification and import, as the whole
 *   listing document with who, when and the readable changes; never rewritten, except a
 *   pending version's review state.
 * - `listing_drafts`: the draft an organization's staff are editing, kept on the server.
 * - `directory_releases`: per region, the region record and a release number bumped by every
 *   change to what phones see, so every server process rebuilds the bundle when it moves.
 * - `region_listing_settings`: whether the region's LIP reviews first publications.
 * - `listing_feedback`: newcomers' reports of wrong information and ratings (no personal data).
 * - `listing_reminders`: when an organization was last e-mailed about unverified services.
 *
 * Frozen once released.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('listing_heads')
    .addColumn('organization_id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('region_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('live_version', 'integer')
    .addColumn('latest_version', 'integer', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('listing_heads_by_region').on('listing_heads').columns(['region_id', 'name']).execute();

  await db.schema
    .createTable('listing_versions')
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('region_id', 'text', (column) => column.notNull())
    /** The whole listing as JSON (src/shared/listings/listing-document.ts). */
    .addColumn('document', 'text', (column) => column.notNull())
    /** `publish`, `revert`, `verify` or `import`. */
    .addColumn('action', 'text', (column) => column.notNull())
    /** `live` (went live), `pending` (waits for the LIP's review) or `declined`. */
    .addColumn('review_state', 'text', (column) => column.notNull())
    /** For a revert: the version whose content it restored. */
    .addColumn('restored_version', 'integer')
    /** JSON list of readable changes against the version before. */
    .addColumn('changes', 'text', (column) => column.notNull())
    /** A user id, or `import`. */
    .addColumn('published_by', 'text', (column) => column.notNull())
    .addColumn('published_by_name', 'text', (column) => column.notNull())
    .addColumn('published_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('listing_versions_pkey', ['organization_id', 'version'])
    .execute();
  await db.schema.createIndex('listing_versions_pending').on('listing_versions').columns(['region_id', 'review_state']).execute();

  await db.schema
    .createTable('listing_drafts')
    .addColumn('organization_id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('document', 'text', (column) => column.notNull())
    /** The version the draft was started from: publishing over a newer one is refused. */
    .addColumn('base_version', 'integer')
    .addColumn('saved_by', 'text', (column) => column.notNull())
    .addColumn('saved_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('directory_releases')
    .addColumn('region_id', 'text', (column) => column.primaryKey().notNull())
    /** The region record of the bundle (name, time zone, centre) as JSON. */
    .addColumn('region', 'text', (column) => column.notNull())
    .addColumn('release', 'integer', (column) => column.notNull())
    .addColumn('released_at', 'text', (column) => column.notNull())
    /** The `version` of the bundle file last imported at start: a new file is imported once. */
    .addColumn('source_version', 'text')
    .execute();

  await db.schema
    .createTable('region_listing_settings')
    .addColumn('region_id', 'text', (column) => column.primaryKey().notNull())
    /** 1: a new organization's first publication waits for the LIP's review before going live. */
    .addColumn('review_first_publications', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('listing_feedback')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('region_id', 'text', (column) => column.notNull())
    .addColumn('organization_id', 'text', (column) => column.notNull())
    .addColumn('service_id', 'text', (column) => column.notNull())
    /** `wrong_info` or `rating`. */
    .addColumn('kind', 'text', (column) => column.notNull())
    /** For `wrong_info`: JSON list of what is wrong (`hours`, `address`...). */
    .addColumn('problems', 'text')
    .addColumn('rating', 'integer')
    .addColumn('comment', 'text')
    .addColumn('language', 'text', (column) => column.notNull())
    /** The phone's key for this report: a resend from its outbox is recognised, not doubled. */
    .addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  await db.schema.createIndex('listing_feedback_by_organization').on('listing_feedback').columns(['organization_id', 'resolved_at', 'created_at']).execute();
  await db.schema.createIndex('listing_feedback_by_region').on('listing_feedback').columns(['region_id', 'created_at']).execute();

  await db.schema
    .createTable('listing_reminders')
    .addColumn('organization_id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('last_sent_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['listing_reminders', 'listing_feedback', 'region_listing_settings', 'directory_releases', 'listing_drafts', 'listing_versions', 'listing_heads']) {
    await db.schema.dropTable(table).execute();
  }
}
