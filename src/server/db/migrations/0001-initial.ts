/**
 * The first schema: the tables of ../schema.ts. Types are only text and integer so the same
 * statements mean the same thing on SQLite and PostgreSQL; times are ISO 8601 text, which sorts
 * and compares correctly as text on both. Text primary keys say NOT NULL because SQLite, for
 * historical reasons, would otherwise accept NULL in them.
 *
 * Frozen once released: a later change is a new migration, never an edit here.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.ts';
import { addAutoIncrementId } from './portable-columns.ts';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('timezone', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('region_id', 'text', (column) => column.notNull().references('regions.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('intake_email', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('region_id', 'text', (column) => column.references('regions.id'))
    .addColumn('totp_secret', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('users_email_unique', ['email'])
    .execute();

  // A membership means nothing without its user or organization: it goes with either.
  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (column) => column.notNull().references('organizations.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('memberships_pkey', ['user_id', 'organization_id'])
    .execute();
  // The primary key serves "organizations of a user"; this serves "staff of an organization".
  await db.schema.createIndex('memberships_by_organization').on('memberships').column('organization_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (column) => column.primaryKey().notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('region_id', 'text', (column) => column.references('regions.id'))
    .addColumn('organization_id', 'text', (column) => column.references('organizations.id'))
    .addColumn('invited_by', 'text', (column) => column.references('users.id'))
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (column) => column.primaryKey().notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  // Signing a user out everywhere, or on disabling them, finds their sessions by user.
  await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (column) => column.primaryKey().notNull())
    .addColumn('window_started_at', 'text', (column) => column.notNull())
    .addColumn('failures', 'integer', (column) => column.notNull())
    .execute();

  // Referrals are never deleted (personal fields are erased in place), so no cascade reaches them.
  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('reference_code', 'text', (column) => column.notNull())
    .addColumn('status_token_hash', 'text', (column) => column.notNull())
    .addColumn('region_id', 'text', (column) => column.notNull().references('regions.id'))
    .addColumn('organization_id', 'text', (column) => column.notNull().references('organizations.id'))
    .addColumn('service_id', 'text', (column) => column.notNull())
    .addColumn('forwarded_from_id', 'text', (column) => column.references('referrals.id'))
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('referring_organization_id', 'text', (column) => column.references('organizations.id'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('person_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_sms', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_whatsapp', 'text')
    .addColumn('need_note', 'text')
    .addColumn('preferred_language', 'text', (column) => column.notNull())
    .addColumn('interpreter_needed', 'integer', (column) => column.notNull())
    .addColumn('fsa', 'text')
    .addColumn('need_categories', 'text', (column) => column.notNull())
    .addColumn('health_consent', 'integer', (column) => column.notNull())
    .addColumn('consent_text_version', 'text', (column) => column.notNull())
    .addColumn('consent_language', 'text', (column) => column.notNull())
    .addColumn('consent_at', 'text', (column) => column.notNull())
    .addColumn('idempotency_key', 'text', (column) => column.notNull())
    .addColumn('request_hash', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('first_response_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('purged_at', 'text')
    .addUniqueConstraint('referrals_reference_code_unique', ['reference_code'])
    // A replayed submission (the offline outbox resending) collides here, and gets the original back.
    .addUniqueConstraint('referrals_idempotency_key_unique', ['idempotency_key'])
    // The newcomer's private status link finds its referral by this hash alone.
    .addUniqueConstraint('referrals_status_token_hash_unique', ['status_token_hash'])
    .execute();
  // A provider's inbox: its referrals in one status, newest or oldest first.
  await db.schema.createIndex('referrals_inbox').on('referrals').columns(['organization_id', 'status', 'created_at']).execute();
  // A coordinator's region-wide counts over a period.
  await db.schema.createIndex('referrals_by_region').on('referrals').columns(['region_id', 'created_at']).execute();

  await addAutoIncrementId(db.schema.createTable('referral_events'), engine)
    .addColumn('referral_id', 'text', (column) => column.notNull().references('referrals.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (column) => column.notNull())
    .addColumn('actor', 'text', (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('referral_events_by_referral').on('referral_events').column('referral_id').execute();

  // No reference on actor or entity_id: the log must outlive what it mentions, and some actors are not users.
  await addAutoIncrementId(db.schema.createTable('audit_log'), engine)
    .addColumn('actor', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('entity', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('audit_log_by_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const newestFirst = ['audit_log', 'referral_events', 'referrals', 'login_attempts', 'sessions', 'invitations', 'memberships', 'users', 'organizations', 'regions'];
  for (const table of newestFirst) await db.schema.dropTable(table).execute();
}
