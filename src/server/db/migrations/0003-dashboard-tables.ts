/**
 * The coordination dashboard's tables (src/server/dashboard/README.md):
 *
 * - `dashboard_referral_counts`: monthly counts of referrals by pairs of attributes (and weekly
 *   totals), rebuilt from `referrals` month by month when they change, so a year's figures are
 *   read from thousands of small rows instead of a million referrals.
 * - `dashboard_rollup_state`: up to which change each region's counts are rebuilt.
 * - `search_count_days`: what devices report of searches, as daily counts per region.
 * - `census_newcomer_counts`: recent immigrants by FSA, imported from census tables.
 *
 * Plus the index that finds what changed since the last rebuild. Frozen once released.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dashboard_referral_counts')
    .addColumn('region_id', 'text', (column) => column.notNull())
    /** Which referrals: all (`referral`), or those accepted, completed, rejected, answered. */
    .addColumn('population', 'text', (column) => column.notNull())
    /** The two attributes counted, `language|organization`; `a` and `b` hold their values. */
    .addColumn('pair', 'text', (column) => column.notNull())
    /** The month (YYYY-MM) of the referrals' creation week: months are made of whole weeks. */
    .addColumn('month', 'text', (column) => column.notNull())
    .addColumn('a', 'text', (column) => column.notNull())
    .addColumn('b', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    // Key order serves every read: one region, one kind of count, a range of months.
    .addPrimaryKeyConstraint('dashboard_referral_counts_pkey', ['region_id', 'population', 'pair', 'month', 'a', 'b'])
    .execute();

  await db.schema
    .createTable('dashboard_rollup_state')
    .addColumn('region_id', 'text', (column) => column.primaryKey().notNull())
    /** The latest `referrals.updated_at` the counts include. */
    .addColumn('changes_through', 'text', (column) => column.notNull())
    .addColumn('refreshed_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('search_count_days')
    .addColumn('region_id', 'text', (column) => column.notNull())
    .addColumn('day', 'text', (column) => column.notNull())
    /** `searches`, `ui-language`, `query`, `empty-query` or `filter`; `key` names what was counted. */
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    /** How many device reports contributed: a query text is shown only once several did. */
    .addColumn('reports', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('search_count_days_pkey', ['region_id', 'kind', 'day', 'key'])
    .execute();

  await db.schema
    .createTable('census_newcomer_counts')
    .addColumn('region_id', 'text', (column) => column.notNull())
    .addColumn('fsa', 'text', (column) => column.notNull())
    .addColumn('newcomers', 'integer', (column) => column.notNull())
    /** The file the count came from, as the operator named it. */
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('imported_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('census_newcomer_counts_pkey', ['region_id', 'fsa'])
    .execute();

  // "What changed since the last rebuild": a range of one region's update times.
  await db.schema.createIndex('referrals_by_region_update').on('referrals').columns(['region_id', 'updated_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('referrals_by_region_update').execute();
  for (const table of ['census_newcomer_counts', 'search_count_days', 'dashboard_rollup_state', 'dashboard_referral_counts']) {
    await db.schema.dropTable(table).execute();
  }
}
