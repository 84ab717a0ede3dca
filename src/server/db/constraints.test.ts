import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { isForeignKeyViolation, isUniqueViolation } from './constraint-errors.ts';
import type { Database } from './schema.ts';
import { describeOnEngines } from './test-engines.ts';
import { createOrganizationRow, createReferralRow, createRegionRow } from './test-rows.ts';

async function insertRegionAndOrganization(db: Kysely<Database>) {
  const region = createRegionRow();
  const organization = createOrganizationRow(region.id);
  await db.insertInto('regions').values(region).execute();
  await db.insertInto('organizations').values(organization).execute();
  return { regionId: region.id, organizationId: organization.id };
}

async function caught(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('The database accepted a row it should have refused.');
}

describeOnEngines('constraints', ({ db }) => {
  it('refuse a second referral with the same idempotency key, keeping the first', async () => {
    const { regionId, organizationId } = await insertRegionAndOrganization(db());
    const original = createReferralRow(regionId, organizationId, { idempotency_key: 'outbox-key-1' });
    await db().insertInto('referrals').values(original).execute();

    const replay = createReferralRow(regionId, organizationId, { idempotency_key: 'outbox-key-1', person_name: 'Someone else' });
    const error = await caught(db().insertInto('referrals').values(replay).execute());

    expect(isUniqueViolation(error, 'referrals', 'idempotency_key')).toBe(true);
    expect(isUniqueViolation(error, 'referrals', 'reference_code')).toBe(false);
    const stored = await db().selectFrom('referrals').select(['id', 'person_name']).where('idempotency_key', '=', 'outbox-key-1').execute();
    expect(stored).toEqual([{ id: original.id, person_name: 'Amal' }]);
  });

  it('let a replay insert nothing with on-conflict-do-nothing, and find the original by its key', async () => {
    const { regionId, organizationId } = await insertRegionAndOrganization(db());
    const original = createReferralRow(regionId, organizationId, { idempotency_key: 'outbox-key-2' });
    const replay = createReferralRow(regionId, organizationId, { idempotency_key: 'outbox-key-2' });

    const insertOnce = (row: typeof original) =>
      db()
        .insertInto('referrals')
        .values(row)
        .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
        .returning('id')
        .executeTakeFirst();

    expect(await insertOnce(original)).toEqual({ id: original.id });
    expect(await insertOnce(replay)).toBeUndefined();
    const found = await db().selectFrom('referrals').select('id').where('idempotency_key', '=', 'outbox-key-2').executeTakeFirstOrThrow();
    expect(found.id).toBe(original.id);
  });

  it('refuse a reference code already given to another referral', async () => {
    const { regionId, organizationId } = await insertRegionAndOrganization(db());
    await db().insertInto('referrals').values(createReferralRow(regionId, organizationId, { reference_code: 'K7Q-2MX' })).execute();
    const error = await caught(db().insertInto('referrals').values(createReferralRow(regionId, organizationId, { reference_code: 'K7Q-2MX' })).execute());
    expect(isUniqueViolation(error, 'referrals', 'reference_code')).toBe(true);
  });

  it('refuse a second account with the same email', async () => {
    const user = { display_name: 'Lina', password_hash: 'argon2id$…', role: 'staff' as const, region_id: null, totp_secret: null, disabled_at: null };
    const at = '2025-03-01T14:00:00.000Z';
    await db().insertInto('users').values({ ...user, id: randomUUID(), email: 'lina@example.org', created_at: at }).execute();
    const error = await caught(db().insertInto('users').values({ ...user, id: randomUUID(), email: 'lina@example.org', created_at: at }).execute());
    expect(isUniqueViolation(error, 'users', 'email')).toBe(true);
  });

  it('refuse an event for a referral that does not exist', async () => {
    const event = { referral_id: 'no-such-referral', from_status: null, to_status: 'requested' as const, actor: 'newcomer', reason: null, note: null, at: '2025-03-01T14:00:00Z' };
    const error = await caught(db().insertInto('referral_events').values(event).execute());
    expect(isForeignKeyViolation(error)).toBe(true);
    expect(await db().selectFrom('referral_events').selectAll().execute()).toEqual([]);
  });

  it('refuse an organization in a region that does not exist', async () => {
    const error = await caught(db().insertInto('organizations').values(createOrganizationRow('no-such-region')).execute());
    expect(isForeignKeyViolation(error)).toBe(true);
  });

  it('number events in order, as numbers on both engines', async () => {
    const { regionId, organizationId } = await insertRegionAndOrganization(db());
    const referral = createReferralRow(regionId, organizationId);
    await db().insertInto('referrals').values(referral).execute();
    const event = { referral_id: referral.id, from_status: null, actor: 'newcomer', reason: null, note: null, at: '2025-03-01T14:00:00Z' };
    const first = await db().insertInto('referral_events').values({ ...event, to_status: 'requested' }).returning('id').executeTakeFirstOrThrow();
    const second = await db().insertInto('referral_events').values({ ...event, to_status: 'accepted' }).returning('id').executeTakeFirstOrThrow();
    expect(typeof first.id).toBe('number');
    expect(second.id).toBeGreaterThan(first.id);
    const { count } = await db().selectFrom('referral_events').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(count).toBe(2);
  });
}, { fresh: 'test' });
