import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnEngines } from '../db/test-engines.ts';
import { refreshRollups, rollupRefresher } from './refresh-rollups.ts';
import { insertReferralGroup, ORG_A, ORG_B, REGION_X, seedRegionsAndOrganizations } from './test-fixtures.ts';

describeOnEngines('dashboard counts kept in step with referrals', ({ db }) => {
  const counted = async (population: string, pair: string) => {
    const row = await db()
      .selectFrom('dashboard_referral_counts')
      .select(sql<number>`sum(count)`.as('total'))
      .where('region_id', '=', REGION_X)
      .where('population', '=', population)
      .where('pair', '=', pair)
      .executeTakeFirst();
    return Number(row?.total ?? 0);
  };

  beforeAll(async () => {
    await seedRegionsAndOrganizations(db());
  });

  it('counts every month once, and again only once its referrals change', async () => {
    await insertReferralGroup(db(), { count: 5, organizationId: ORG_A, language: 'ar', category: 'housing', fsa: 'N6A', createdAt: '2025-04-08T14:00:00.000Z', outcome: 'waiting' });
    await insertReferralGroup(db(), { count: 3, organizationId: ORG_B, language: 'es', category: 'employment', fsa: 'N5Y', createdAt: '2025-09-09T14:00:00.000Z', outcome: 'waiting' });
    expect(await refreshRollups(db(), REGION_X, new Date())).toEqual(['2025-04', '2025-09']);
    expect(await counted('referral', 'week|all')).toBe(8);
    expect(await refreshRollups(db(), REGION_X, new Date())).toEqual([]);

    // An April referral is accepted in October: April is counted again (and September, whose last
    // change is within the few minutes always looked at again).
    const april = await db().selectFrom('referrals').select('id').where('created_at', '=', '2025-04-08T14:00:00.000Z').executeTakeFirstOrThrow();
    const at = '2025-10-01T15:00:00.000Z';
    await db().updateTable('referrals').set({ status: 'accepted', updated_at: at, first_response_at: at }).where('id', '=', april.id).execute();
    await db().insertInto('referral_events').values({ referral_id: april.id, from_status: 'requested', to_status: 'accepted', actor: 'staff', reason: null, note: null, at }).execute();
    expect(await refreshRollups(db(), REGION_X, new Date())).toEqual(['2025-04', '2025-09']);
    expect(await counted('accepted', 'language|organization')).toBe(1);
    expect(await counted('answered', 'all|hours')).toBe(1);
  });

  it('catches a change stamped a little before the last one counted (committed late by another process)', async () => {
    await insertReferralGroup(db(), { count: 1, organizationId: ORG_A, language: 'uk', category: 'housing', fsa: null, createdAt: '2025-11-04T10:00:00.000Z', outcome: 'waiting' });
    await refreshRollups(db(), REGION_X, new Date());
    // Stamped at 09:58, two minutes before the 10:00 already counted, and only committed now.
    await insertReferralGroup(db(), { count: 1, organizationId: ORG_A, language: 'uk', category: 'housing', fsa: null, createdAt: '2025-11-04T09:58:00.000Z', outcome: 'waiting' });
    await db().updateTable('referrals').set({ updated_at: '2025-11-04T10:01:00.000Z' }).where('created_at', '=', '2025-11-04T10:00:00.000Z').execute();
    expect(await refreshRollups(db(), REGION_X, new Date())).toContain('2025-11');
    expect(await counted('referral', 'week|all')).toBe(10);
  });

  it('rebuilds at most once per interval for each region', async () => {
    let now = Date.parse('2026-01-01T00:00:00.000Z');
    const refresher = rollupRefresher(db(), { now: () => new Date(now), minimumIntervalMs: 60_000 });
    await refresher.ensureFresh(REGION_X);
    await insertReferralGroup(db(), { count: 2, organizationId: ORG_B, language: 'es', category: 'employment', fsa: 'N5Y', createdAt: '2025-12-02T14:00:00.000Z', outcome: 'waiting' });
    now += 30_000;
    await refresher.ensureFresh(REGION_X);
    expect(await counted('referral', 'week|all')).toBe(10);
    now += 31_000;
    await refresher.ensureFresh(REGION_X);
    expect(await counted('referral', 'week|all')).toBe(12);
  });
});
