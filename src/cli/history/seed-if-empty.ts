/**
 * The sample history at demo start-up: written when the demo region has no referral yet, so a
 * fresh demo opens on a dashboard with two years of figures. Nothing happens in production mode
 * or once the region has referrals of its own.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.ts';
import type { Directory } from '../../shared/schema/directory.ts';
import { DEMO_HISTORY, referralCount, writeHistory, type HistorySummary } from './write-history.ts';

const DAY_MS = 86_400_000;

export async function seedDemoHistoryIfEmpty(
  db: Kysely<Database>,
  { directory, mode, now, retentionDays }: { directory: Directory; mode: 'demo' | 'production'; now: Date; retentionDays: number },
): Promise<HistorySummary | null> {
  if (mode !== 'demo' || (await referralCount(db, directory.region.id)) > 0) return null;
  const start = new Date(now.getTime() - DEMO_HISTORY.years * 365 * DAY_MS);
  return writeHistory(db, { directory, seed: DEMO_HISTORY.seed, requests: DEMO_HISTORY.requests, start, end: now, retentionDays, searches: true });
}
