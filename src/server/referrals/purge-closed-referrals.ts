/**
 * Retention: the personal details of a referral closed longer than the retention period are
 * erased in place. The referral itself stays (states, times, categories, FSA) for the region's
 * figures, which identify no one.
 */
import type { Kysely } from 'kysely';
import { inTransaction } from '../db/transactions.ts';
import type { Database } from '../db/schema.ts';
import { erasePersonalData } from './personal-fields.ts';
import { audit, SYSTEM } from './referral-records.ts';

export const DEFAULT_RETENTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Erased in batches, so a first run over years of referrals never holds a huge transaction. */
const BATCH_SIZE = 500;

export interface PurgeOptions {
  db: Kysely<Database>;
  now: () => Date;
  retentionDays?: number;
}

/** Returns how many referrals had their personal details erased. */
export async function purgeClosedReferrals({ db, now, retentionDays = DEFAULT_RETENTION_DAYS }: PurgeOptions): Promise<number> {
  const at = now();
  const closedBefore = new Date(at.getTime() - retentionDays * DAY_MS).toISOString();
  let purged = 0;
  for (;;) {
    const batch = await inTransaction(db, async (trx) => {
      const rows = await trx
        .selectFrom('referrals')
        .select('id')
        .where('closed_at', '<', closedBefore)
        .where('purged_at', 'is', null)
        .limit(BATCH_SIZE)
        .execute();
      const ids = rows.map((row) => row.id);
      await erasePersonalData(trx, ids, at.toISOString());
      await audit(trx, SYSTEM, 'referral.purge', ids, at.toISOString());
      return ids.length;
    });
    purged += batch;
    if (batch < BATCH_SIZE) return purged;
  }
}

/**
 * Runs the purge now and then at every interval until stopped. A failed run is logged (no
 * personal data: only the error's name) and the next one tries again.
 */
export function schedulePurge(options: PurgeOptions & { everyMs?: number }): () => void {
  const run = () =>
    purgeClosedReferrals(options).then(
      (count) => count > 0 && console.log(`Retention purge erased the personal details of ${count} closed referrals.`),
      (error: unknown) => console.error(`Retention purge failed (${error instanceof Error ? error.name : 'unknown error'}); it will run again.`),
    );
  void run();
  const timer = setInterval(run, options.everyMs ?? 6 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
