/**
 * Keeps `dashboard_referral_counts` in step with `referrals`, without touching the write path of
 * referrals: before a dashboard read, the months whose referrals changed since the last rebuild
 * (found by `updated_at`) are counted again from scratch. A month is rebuilt in one transaction,
 * so a reader sees it whole, before or after.
 *
 * Updates are looked for from a few minutes before the last one seen: a referral stamped just
 * before that moment but committed just after it (another server process) is still caught.
 * Rebuilds happen at most once per interval per region and process; a dashboard is then at most
 * that far behind.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { monthOfWeek, weekOf } from '../../shared/dashboard/fiscal-calendar.ts';
import { monthFacts } from './referral-facts.ts';
import { countRowsOf } from './rollup-rows.ts';

const LATE_COMMIT_MARGIN_MS = 10 * 60_000;
const INSERT_BATCH = 400;

async function rebuildMonth(db: Kysely<Database>, regionId: string, month: string): Promise<void> {
  const rows = countRowsOf(await monthFacts(db, regionId, month)).map((row) => ({ region_id: regionId, month, ...row }));
  await db
    .transaction()
    .execute(async (trx) => {
      await trx.deleteFrom('dashboard_referral_counts').where('region_id', '=', regionId).where('month', '=', month).execute();
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        await trx
          .insertInto('dashboard_referral_counts')
          .values(rows.slice(start, start + INSERT_BATCH))
          // Another process rebuilding the same month at the same time counted the same referrals.
          .onConflict((conflict) => conflict.columns(['region_id', 'population', 'pair', 'month', 'a', 'b']).doUpdateSet((eb) => ({ count: eb.ref('excluded.count') })))
          .execute();
      }
    });
}

/** The months holding referrals updated after `since` (all of the region's months when null). */
async function changedMonths(db: Kysely<Database>, regionId: string, since: string | null): Promise<string[]> {
  let query = db
    .selectFrom('referrals')
    .select((eb) => eb.fn<string>('substr', ['created_at', eb.lit(1), eb.lit(10)]).as('day'))
    .distinct()
    .where('region_id', '=', regionId);
  if (since) query = query.where('updated_at', '>', since);
  const days = await query.execute();
  return [...new Set(days.map(({ day }) => monthOfWeek(weekOf(day))))].sort();
}

/** Brings the region's counts up to date; returns the months rebuilt. */
export async function refreshRollups(db: Kysely<Database>, regionId: string, now: Date): Promise<string[]> {
  const latest = await db.selectFrom('referrals').select((eb) => eb.fn.max('updated_at').as('latest')).where('region_id', '=', regionId).executeTakeFirst();
  const latestChange = latest?.latest ?? null;
  if (!latestChange) return [];
  const state = await db.selectFrom('dashboard_rollup_state').selectAll().where('region_id', '=', regionId).executeTakeFirst();
  if (state && state.changes_through >= latestChange) return [];
  const since = state ? new Date(Date.parse(state.changes_through) - LATE_COMMIT_MARGIN_MS).toISOString() : null;
  const months = await changedMonths(db, regionId, since);
  for (const month of months) await rebuildMonth(db, regionId, month);
  await db
    .insertInto('dashboard_rollup_state')
    .values({ region_id: regionId, changes_through: latestChange, refreshed_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('region_id').doUpdateSet({ changes_through: latestChange, refreshed_at: now.toISOString() }))
    .execute();
  return months;
}

export interface RollupRefresher {
  /** Rebuilds what changed, unless done for this region less than the interval ago. */
  ensureFresh(regionId: string): Promise<void>;
}

export function rollupRefresher(db: Kysely<Database>, { now = () => new Date(), minimumIntervalMs = 60_000 } = {}): RollupRefresher {
  const lastRefresh = new Map<string, number>();
  const running = new Map<string, Promise<void>>();
  return {
    ensureFresh(regionId) {
      const inProgress = running.get(regionId);
      if (inProgress) return inProgress;
      const last = lastRefresh.get(regionId);
      if (last !== undefined && now().getTime() - last < minimumIntervalMs) return Promise.resolve();
      const refresh = refreshRollups(db, regionId, now())
        .then(() => void lastRefresh.set(regionId, now().getTime()))
        .finally(() => running.delete(regionId));
      running.set(regionId, refresh);
      return refresh;
    },
  };
}
