import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Engine } from './database.ts';
import type { Database } from './schema.ts';
import { migrateToLatest } from './migrate.ts';
import { migrationsFor } from './migrations/index.ts';
import { createTestDatabase, describeOnEngines, postgresReachable } from './test-engines.ts';

/**
 * Every column of schema.ts and whether it may be null (`| null` there). Typed from schema.ts, so
 * a column added there and forgotten here fails the type check, and the test then fails until a
 * migration creates it.
 */
const COLUMNS_MAY_BE_NULL: { [Table in keyof Database]: Record<keyof Database[Table], boolean> } = {
  regions: { id: false, name: false, timezone: false, created_at: false },
  organizations: { id: false, region_id: false, name: false, intake_email: true, created_at: false },
  users: {
    id: false,
    email: false,
    display_name: false,
    password_hash: false,
    role: false,
    region_id: true,
    totp_secret: true,
    disabled_at: true,
    created_at: false,
  },
  memberships: { user_id: false, organization_id: false },
  invitations: {
    token_hash: false,
    email: false,
    role: false,
    region_id: true,
    organization_id: true,
    invited_by: true,
    expires_at: false,
    used_at: true,
    created_at: false,
  },
  sessions: { id_hash: false, user_id: false, created_at: false, last_seen_at: false, expires_at: false },
  login_attempts: { key: false, window_started_at: false, failures: false },
  referrals: {
    id: false,
    reference_code: false,
    status_token_hash: false,
    region_id: false,
    organization_id: false,
    service_id: false,
    forwarded_from_id: true,
    source: false,
    referring_organization_id: true,
    status: false,
    person_name: true,
    contact_phone: true,
    contact_sms: true,
    contact_email: true,
    contact_whatsapp: true,
    need_note: true,
    preferred_language: false,
    interpreter_needed: false,
    fsa: true,
    need_categories: false,
    health_consent: false,
    consent_text_version: false,
    consent_allows_forward: false,
    consent_language: false,
    consent_at: false,
    idempotency_key: false,
    request_hash: false,
    created_at: false,
    updated_at: false,
    first_response_at: true,
    closed_at: true,
    purged_at: true,
  },
  referral_events: { id: false, referral_id: false, from_status: true, to_status: false, actor: false, reason: true, note: true, at: false },
  audit_log: { id: false, actor: false, action: false, entity: false, entity_id: false, at: false },
  dashboard_referral_counts: { region_id: false, population: false, pair: false, month: false, a: false, b: false, count: false },
  dashboard_rollup_state: { region_id: false, changes_through: false, refreshed_at: false },
  search_count_days: { region_id: false, day: false, kind: false, key: false, count: false, reports: false },
  census_newcomer_counts: { region_id: false, fsa: false, newcomers: false, source: false, imported_at: false },
  listing_heads: { organization_id: false, region_id: false, name: false, live_version: true, latest_version: false, updated_at: false },
  listing_versions: {
    organization_id: false,
    version: false,
    region_id: false,
    document: false,
    action: false,
    review_state: false,
    restored_version: true,
    changes: false,
    published_by: false,
    published_by_name: false,
    published_at: false,
  },
  listing_drafts: { organization_id: false, document: false, base_version: true, saved_by: false, saved_at: false },
  directory_releases: { region_id: false, region: false, release: false, released_at: false, source_version: true },
  region_listing_settings: { region_id: false, review_first_publications: false },
  listing_feedback: {
    id: false,
    region_id: false,
    organization_id: false,
    service_id: false,
    kind: false,
    problems: true,
    rating: true,
    comment: true,
    language: false,
    idempotency_key: false,
    created_at: false,
    resolved_at: true,
    resolved_by: true,
  },
  listing_reminders: { organization_id: false, last_sent_at: false },
};
const TABLES = Object.keys(COLUMNS_MAY_BE_NULL).sort();

/** The tables of this database only: PostgreSQL's introspection also lists other schemas' tables. */
async function ownTables(db: Kysely<Database>, engine: Engine) {
  const tables = await db.introspection.getTables();
  if (engine === 'sqlite') return tables;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return tables.filter((table) => table.schema === rows[0]?.schema);
}

async function tableNames(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  return (await ownTables(db, engine)).map((table) => table.name).sort();
}

describeOnEngines(
  'migrations',
  ({ engine, db, database }) => {
    it('create every table of the schema on an empty database', async () => {
      expect(await tableNames(db(), engine)).toEqual([]);
      expect(await migrateToLatest(database())).toEqual(Object.keys(migrationsFor(engine)).sort());
      expect(await tableNames(db(), engine)).toEqual(TABLES);
    });

    it('are a no-op when run again', async () => {
      await migrateToLatest(database());
      await db().insertInto('regions').values({ id: 'r1', name: 'R', timezone: 'America/Toronto', created_at: '2025-01-01T00:00:00Z' }).execute();
      expect(await migrateToLatest(database())).toEqual([]);
      expect(await tableNames(db(), engine)).toEqual(TABLES);
      expect(await db().selectFrom('regions').select('id').execute()).toEqual([{ id: 'r1' }]);
    });

    it('give each table exactly the columns of schema.ts, nullable where it says null', async () => {
      await migrateToLatest(database());
      const tables = await ownTables(db(), engine);
      const created = Object.fromEntries(
        tables.map((table) => [table.name, Object.fromEntries(table.columns.map((column) => [column.name, column.isNullable]))]),
      );
      expect(created).toEqual(COLUMNS_MAY_BE_NULL);
    });

    it('number event and audit ids by themselves', async () => {
      await migrateToLatest(database());
      const tables = await ownTables(db(), engine);
      for (const name of ['referral_events', 'audit_log']) {
        const id = tables.find((table) => table.name === name)?.columns.find((column) => column.name === 'id');
        expect(id?.isAutoIncrementing, name).toBe(true);
      }
    });

    it('index the inbox lists (all, or one status, in time order) and the forward chain', async () => {
      await migrateToLatest(database());
      const indexedColumns = async (index: string) =>
        (engine === 'sqlite'
          ? (await sql<{ name: string }>`select name from pragma_index_info(${index}) order by seqno`.execute(db())).rows
          : (
              await sql<{ name: string }>`
                select a.attname as name from pg_index i
                join pg_class c on c.oid = i.indexrelid and c.relname = ${index} and c.relnamespace = current_schema()::regnamespace
                cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                order by k.position`.execute(db())
            ).rows
        ).map((column) => column.name);
      expect(await indexedColumns('referrals_inbox')).toEqual(['organization_id', 'status', 'created_at', 'id']);
      expect(await indexedColumns('referrals_inbox_all')).toEqual(['organization_id', 'created_at', 'id']);
      expect(await indexedColumns('referrals_by_forwarded_from')).toEqual(['forwarded_from_id']);
    });

    it('apply to a database even when another database on the same server was migrated first', async () => {
      const other = await createTestDatabase(engine);
      try {
        expect(await migrateToLatest(database())).toEqual(Object.keys(migrationsFor(engine)).sort());
        expect(await tableNames(db(), engine)).toEqual(TABLES);
      } finally {
        await other.dispose();
      }
    });
  },
  { fresh: 'test', migrate: false },
);

describe('test databases', () => {
  it('leave no SQLite folder behind once disposed', async () => {
    const { database, dispose } = await createTestDatabase('sqlite');
    expect(existsSync(database.location)).toBe(true);
    await dispose();
    expect(existsSync(dirname(database.location))).toBe(false);
  });

  it.skipIf(!postgresReachable)('leave no PostgreSQL schema behind once disposed', async () => {
    const disposed = await createTestDatabase('postgres');
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(disposed.database.db);
    await disposed.dispose();
    const witness = await createTestDatabase('postgres', { migrate: false });
    try {
      const left = await sql<{ nspname: string }>`select nspname from pg_namespace where nspname = ${rows[0]?.schema}`.execute(witness.database.db);
      expect(rows[0]?.schema).toMatch(/^guichet_test_/);
      expect(left.rows).toEqual([]);
    } finally {
      await witness.dispose();
    }
  });
});
