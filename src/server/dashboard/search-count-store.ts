/**
 * Device reports of searches, added to the region's daily counts. Each stored count also keeps
 * how many reports contributed to it, so a query text seen in one report only (one phone, or one
 * person typing their own name) never reaches a coordinator, however high its count.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SearchCountDay, SearchCountReport } from '../../shared/dashboard/search-counts-contract.ts';
import { inTransaction } from '../db/transactions.ts';
import { Refusal } from '../security/refusal.ts';

export const searchCountKinds = ['searches', 'ui-language', 'query', 'empty-query', 'filter'] as const;
export type SearchCountKind = (typeof searchCountKinds)[number];

/** Devices send what they counted since their last report: a day older than this is dropped by them, refused here. */
const OLDEST_DAY_ACCEPTED = 30;
const DAY_MS = 86_400_000;

function countsOf(day: SearchCountDay): { kind: SearchCountKind; key: string; count: number }[] {
  const entries = (kind: SearchCountKind, counts: Partial<Record<string, number>>) => Object.entries(counts).flatMap(([key, count]) => (count ? [{ kind, key, count }] : []));
  return [
    { kind: 'searches', key: '', count: day.searches },
    ...entries('ui-language', day.uiLanguages),
    ...entries('query', day.queries),
    ...entries('empty-query', day.emptyQueries),
    ...entries('filter', day.filters),
  ];
}

function checkDays(report: SearchCountReport, now: Date): void {
  const today = now.toISOString().slice(0, 10);
  // A device's clock may run a day ahead of the server's, across a date line or when set by hand.
  const tomorrow = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  const oldest = new Date(now.getTime() - OLDEST_DAY_ACCEPTED * DAY_MS).toISOString().slice(0, 10);
  for (const { day } of report.days) {
    if (day > tomorrow) throw new Refusal(400, `days.day: ${day} is in the future (today is ${today}).`);
    if (day < oldest) throw new Refusal(400, `days.day: ${day} is more than ${OLDEST_DAY_ACCEPTED} days old; drop it instead of sending it.`);
  }
}

export async function addSearchCounts(db: Kysely<Database>, regionId: string, report: SearchCountReport, now: Date): Promise<void> {
  checkDays(report, now);
  await inTransaction(db, async (trx) => {
    for (const day of report.days) {
      const rows = countsOf(day).map(({ kind, key, count }) => ({ region_id: regionId, day: day.day, kind, key, count, reports: 1 }));
      await trx
        .insertInto('search_count_days')
        .values(rows)
        .onConflict((conflict) =>
          conflict.columns(['region_id', 'kind', 'day', 'key']).doUpdateSet((eb) => ({
            count: eb('search_count_days.count', '+', eb.ref('excluded.count')),
            reports: eb('search_count_days.reports', '+', eb.lit(1)),
          })),
        )
        .execute();
    }
  });
}
