/** What the dashboard's page needs before any view: the years there is data for, and the region's organizations. */
import { sql } from 'kysely';
import { dashboardViews, viewSelections, type DashboardRegionResponse } from '../../shared/dashboard/dashboard-contract.ts';
import { currentFiscalYear, fiscalYearOfMonth, fiscalYearOfWeek, weekOf } from '../../shared/dashboard/fiscal-calendar.ts';
import { SMALL_COUNT_THRESHOLD } from '../../shared/dashboard/suppression/cell-status.ts';
import type { DashboardRegion } from './dashboard-access.ts';
import type { DashboardDeps } from './dashboard-views.ts';

export async function regionSummary(deps: DashboardDeps, region: DashboardRegion): Promise<DashboardRegionResponse> {
  await deps.refresher.ensureFresh(region.id);
  const db = deps.db;
  const months = await db
    .selectFrom('dashboard_referral_counts')
    .select([sql<string | null>`min(month)`.as('first'), sql<string | null>`max(month)`.as('last')])
    .where('region_id', '=', region.id)
    .executeTakeFirst();
  const days = await db
    .selectFrom('search_count_days')
    .select([sql<string | null>`min(day)`.as('first'), sql<string | null>`max(day)`.as('last')])
    .where('region_id', '=', region.id)
    .executeTakeFirst();
  const current = currentFiscalYear(deps.now());
  const years = [
    ...[months?.first, months?.last].flatMap((month) => (month ? [fiscalYearOfMonth(month)] : [])),
    ...[days?.first, days?.last].flatMap((day) => (day ? [fiscalYearOfWeek(weekOf(day))] : [])),
  ];
  const [first, last] = [Math.min(current, ...years), Math.max(current, ...years)];
  const organizations = await deps.db.selectFrom('organizations').select(['id', 'name']).where('region_id', '=', region.id).orderBy('name').execute();
  return {
    region,
    fiscalYears: Array.from({ length: last - first + 1 }, (_, index) => first + index),
    currentFiscalYear: current,
    organizations,
    views: dashboardViews.map((view) => ({ view, selections: viewSelections[view] })),
    smallCountThreshold: SMALL_COUNT_THRESHOLD,
  };
}
