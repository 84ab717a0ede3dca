/**
 * Demand, from what devices reported (search-count-store.ts): searches by interface language,
 * the most frequent searches and those that found nothing (a text is listed only with 10
 * searches from 3 reports or more), and the filters people used.
 */
import { sql } from 'kysely';
import type { DashboardTable } from '../../shared/dashboard/dashboard-contract.ts';
import { primaryStatus, SMALL_COUNT_THRESHOLD } from '../../shared/dashboard/suppression/cell-status.ts';
import { protectLine } from '../../shared/dashboard/suppression/protect-line.ts';
import type { RollupScope } from './rollup-reads.ts';
import type { SearchCountKind } from './search-count-store.ts';
import { orderByShownCount, tableValue } from './table-values.ts';

const MIN_REPORTS_FOR_A_TEXT = 3;
const LISTED_TEXTS = 25;
const searchesColumn = [{ key: 'searches', unit: 'count' as const }];

function yearCounts({ db, regionId, span }: RollupScope, kind: SearchCountKind) {
  return db
    .selectFrom('search_count_days')
    .select(['key', sql<number>`sum(count)`.as('count'), sql<number>`sum(reports)`.as('reports')])
    .where('region_id', '=', regionId)
    .where('kind', '=', kind)
    .where('day', '>=', span.firstWeek)
    .where('day', '<', span.endWeek)
    .groupBy('key');
}

async function languageTable(scope: RollupScope): Promise<DashboardTable> {
  const rows = await yearCounts(scope, 'ui-language').execute();
  const keys = rows.map((row) => row.key).sort();
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
  // Each search has one interface language: the line adds up to the year's searches.
  const line = protectLine(keys.map((key) => counts.get(key)!));
  const entries = keys.map((key, index) => ({ key, figure: { count: counts.get(key)!, status: line.statuses[index]! } }));
  return {
    id: 'searches-by-ui-language',
    rowDimension: 'ui-language',
    columns: searchesColumn,
    rows: orderByShownCount(entries).map(({ key, figure }) => ({ key, values: [tableValue(figure)] })),
    totals: [tableValue(line.total)],
  };
}

async function textTable(scope: RollupScope, kind: 'query' | 'empty-query', id: string): Promise<DashboardTable> {
  const rows = await yearCounts(scope, kind)
    .having(sql<number>`sum(count)`, '>=', SMALL_COUNT_THRESHOLD)
    .having(sql<number>`sum(reports)`, '>=', MIN_REPORTS_FOR_A_TEXT)
    .orderBy(sql`sum(count)`, 'desc')
    .orderBy('key')
    .limit(LISTED_TEXTS)
    .execute();
  return { id, rowDimension: 'query', columns: searchesColumn, rows: rows.map((row) => ({ key: row.key, values: [Number(row.count)] })), totals: null };
}

async function filterTable(scope: RollupScope): Promise<DashboardTable> {
  // A search can use several filters: these counts add up to nothing published, so each stands alone.
  const rows = await yearCounts(scope, 'filter').execute();
  const entries = rows.map((row) => ({ key: row.key, figure: { count: Number(row.count), status: primaryStatus(Number(row.count)) } }));
  return {
    id: 'filters-used',
    rowDimension: 'filter',
    columns: searchesColumn,
    rows: orderByShownCount(entries).map(({ key, figure }) => ({ key, values: [tableValue(figure)] })),
    totals: null,
  };
}

export async function demandTables(scope: RollupScope): Promise<DashboardTable[]> {
  return [await languageTable(scope), await textTable(scope, 'query', 'top-searches'), await textTable(scope, 'empty-query', 'searches-finding-nothing'), await filterTable(scope)];
}
