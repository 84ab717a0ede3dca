/**
 * Census counts of recent immigrants by FSA, for the coverage view: replaced as a whole by each
 * import (`npm run import -- census FILE`), so the figures always come from one source.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transactions.ts';

export async function replaceCensusCounts(db: Kysely<Database>, regionId: string, counts: ReadonlyMap<string, number>, source: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('census_newcomer_counts').where('region_id', '=', regionId).execute();
    const rows = [...counts].map(([fsa, newcomers]) => ({ region_id: regionId, fsa, newcomers, source, imported_at: now.toISOString() }));
    if (rows.length > 0) await trx.insertInto('census_newcomer_counts').values(rows).execute();
  });
}
