/** Sums of the monthly rollup over a fiscal year, as the figure families read them. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FiscalYearSpan } from '../../shared/dashboard/fiscal-calendar.ts';
import type { Pair, Population } from './rollup-pairs.ts';

export interface RollupScope {
  db: Kysely<Database>;
  regionId: string;
  span: FiscalYearSpan;
}

export interface PairCount {
  a: string;
  b: string;
  count: number;
}

export interface MonthCount {
  month: string;
  value: string;
  count: number;
}

function yearRows({ db, regionId, span }: RollupScope, population: Population, pair: Pair) {
  return db
    .selectFrom('dashboard_referral_counts')
    .where('region_id', '=', regionId)
    .where('population', '=', population)
    .where('pair', '=', pair)
    .where('month', '>=', span.months[0]!)
    .where('month', '<=', span.months.at(-1)!);
}

const total = sql<number>`sum(count)`;

/** The year's count of each (a, b) of the pair, or of one `a` value's. */
export async function yearPairCounts(scope: RollupScope, population: Population, pair: Pair, onlyA: string | null = null): Promise<PairCount[]> {
  let query = yearRows(scope, population, pair);
  if (onlyA !== null) query = query.where('a', '=', onlyA);
  const rows = await query.select(['a', 'b', total.as('count')]).groupBy(['a', 'b']).execute();
  return rows.map((row) => ({ a: row.a, b: row.b, count: Number(row.count) }));
}

/** Each month's count of each value of one side of the pair. */
export async function monthlyCounts(scope: RollupScope, population: Population, pair: Pair, side: 'a' | 'b'): Promise<MonthCount[]> {
  const rows = await yearRows(scope, population, pair)
    .select(['month', `${side} as value`, total.as('count')])
    .groupBy(['month', side])
    .execute();
  return rows.map((row) => ({ month: row.month, value: String(row.value), count: Number(row.count) }));
}
