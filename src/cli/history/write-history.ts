/**
 * Writes a sample history through the real tables: the region and organizations rows the
 * referrals need, the referrals, their history, and the search counts; then builds the
 * dashboard's weekly counts so the first dashboard read is fast.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.ts';
import { refreshRollups } from '../../server/dashboard/refresh-rollups.ts';
import type { Directory } from '../../shared/schema/directory.ts';
import { createRandom } from '../generate/random.ts';
import { ReferralHistory, type GeneratedReferral } from './referral-history.ts';
import { searchHistoryRows } from './search-history.ts';

/** The demo's history: two years of a mid-sized region's requests. */
export const DEMO_HISTORY = { requests: 20_000, years: 2, seed: 2026 };

export interface HistoryOptions {
  directory: Directory;
  seed: number;
  /** Requests made over the span; passing them on adds referrals. */
  requests: number;
  start: Date;
  end: Date;
  retentionDays: number;
  searches: boolean;
}

export interface HistorySummary {
  requests: number;
  referrals: number;
  events: number;
  searchRows: number;
  /** Time spent writing, then building the dashboard's counts. */
  writeMs: number;
  rollupMs: number;
}

/** 34 columns a referral: far under each engine's limit of values in one statement. */
const REFERRALS_PER_INSERT = 250;
const EVENTS_PER_INSERT = 1000;
const REFERRALS_PER_TRANSACTION = 5000;

async function ensureOrganizations(db: Kysely<Database>, directory: Directory, at: string): Promise<void> {
  const { region } = directory;
  await db.insertInto('regions').values({ id: region.id, name: region.name, timezone: region.timezone, created_at: at }).onConflict((conflict) => conflict.column('id').doNothing()).execute();
  for (let start = 0; start < directory.organizations.length; start += REFERRALS_PER_INSERT) {
    const rows = directory.organizations.slice(start, start + REFERRALS_PER_INSERT).map((organization) => ({
      id: organization.id,
      region_id: region.id,
      name: organization.name,
      intake_email: organization.email ?? null,
      created_at: at,
    }));
    await db.insertInto('organizations').values(rows).onConflict((conflict) => conflict.column('id').doNothing()).execute();
  }
}

async function writeBatch(db: Kysely<Database>, batch: readonly GeneratedReferral[]): Promise<number> {
  const events = batch.flatMap((item) => item.events);
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < batch.length; start += REFERRALS_PER_INSERT) {
      await trx.insertInto('referrals').values(batch.slice(start, start + REFERRALS_PER_INSERT).map((item) => item.row)).execute();
    }
    for (let start = 0; start < events.length; start += EVENTS_PER_INSERT) {
      await trx.insertInto('referral_events').values(events.slice(start, start + EVENTS_PER_INSERT)).execute();
    }
  });
  return events.length;
}

export async function writeHistory(db: Kysely<Database>, options: HistoryOptions): Promise<HistorySummary> {
  const started = performance.now();
  await ensureOrganizations(db, options.directory, options.start.toISOString());
  const history = new ReferralHistory({ ...options, requests: options.requests });
  let [referrals, events] = [0, 0];
  let batch: GeneratedReferral[] = [];
  for (const item of history.referrals()) {
    batch.push(item);
    if (batch.length >= REFERRALS_PER_TRANSACTION) {
      events += await writeBatch(db, batch);
      referrals += batch.length;
      batch = [];
    }
  }
  events += await writeBatch(db, batch);
  referrals += batch.length;

  let searchRows = 0;
  if (options.searches) {
    const regionId = options.directory.region.id;
    const rows = searchHistoryRows(createRandom(options.seed + 1), options).map((row) => ({ region_id: regionId, ...row }));
    for (let start = 0; start < rows.length; start += EVENTS_PER_INSERT) {
      await db
        .insertInto('search_count_days')
        .values(rows.slice(start, start + EVENTS_PER_INSERT))
        .onConflict((conflict) =>
          conflict.columns(['region_id', 'kind', 'day', 'key']).doUpdateSet((eb) => ({
            count: eb('search_count_days.count', '+', eb.ref('excluded.count')),
            reports: eb('search_count_days.reports', '+', eb.ref('excluded.reports')),
          })),
        )
        .execute();
    }
    searchRows = rows.length;
  }
  const written = performance.now();
  await refreshRollups(db, options.directory.region.id, options.end);
  return { requests: options.requests, referrals, events, searchRows, writeMs: written - started, rollupMs: performance.now() - written };
}

/** How many referrals the region already has: a history is written into an empty region only. */
export async function referralCount(db: Kysely<Database>, regionId: string): Promise<number> {
  const row = await db.selectFrom('referrals').select((eb) => eb.fn.countAll<number>().as('count')).where('region_id', '=', regionId).executeTakeFirst();
  return Number(row?.count ?? 0);
}
