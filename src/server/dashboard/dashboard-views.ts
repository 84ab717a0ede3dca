/**
 * A dashboard request, from a checked query to the view's tables: which year, which selection,
 * and whether the view obeys it (it is refused with a reason otherwise).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { DirectorySource } from '../directory-source.ts';
import {
  DEFAULT_COVERAGE_DISTANCE_KM,
  selectionDimensions,
  viewSelections,
  type DashboardQuery,
  type DashboardTable,
  type DashboardView,
  type DashboardViewResponse,
} from '../../shared/dashboard/dashboard-contract.ts';
import { currentFiscalYear, fiscalYearLabel, fiscalYearSpan } from '../../shared/dashboard/fiscal-calendar.ts';
import { findTerm } from '../../shared/taxonomy/taxonomy.ts';
import { Refusal } from '../security/refusal.ts';
import { breakdownTables } from './breakdown-view.ts';
import { coverageTables, type CoverageGeography } from './coverage-view.ts';
import type { DashboardRegion } from './dashboard-access.ts';
import { demandTables } from './demand-view.ts';
import { FigureFamilies } from './figure-families.ts';
import { flowTables } from './flows-view.ts';
import { forwardingTables } from './forwarding-view.ts';
import { outcomeTables } from './outcomes-view.ts';
import type { RollupRefresher } from './refresh-rollups.ts';
import type { Selection, ViewContext } from './view-context.ts';
import { volumeTables } from './volume-view.ts';

export interface DashboardDeps {
  db: Kysely<Database>;
  directory: DirectorySource;
  /** The region's FSA areas for coverage (its FSA centroids alone when the server has no areas file). */
  geography: (regionId: string) => CoverageGeography;
  refresher: RollupRefresher;
  now: () => Date;
}

/** Query parameters that belong to one view only. */
const viewParameters: Readonly<Record<'interval' | 'by' | 'distanceKm', DashboardView>> = { interval: 'volume', by: 'breakdown', distanceKm: 'coverage' };

async function selectionOf(deps: DashboardDeps, region: DashboardRegion, view: DashboardView, query: DashboardQuery): Promise<Selection | null> {
  const dimension = selectionDimensions.find((candidate) => query[candidate] !== undefined);
  if (!dimension) return null;
  const value = query[dimension]!;
  if (!viewSelections[view].includes(dimension)) {
    const allowed = viewSelections[view];
    throw new Refusal(400, `${dimension}: the ${view} view ${allowed.length ? `can be narrowed by ${allowed.join(' or ')} only` : 'covers the whole region only'}.`);
  }
  if (dimension === 'category' && !findTerm(value)) throw new Refusal(400, `category: "${value}" is not a category of the taxonomy.`);
  if (dimension === 'organization') {
    const known = await deps.db.selectFrom('organizations').select('id').where('id', '=', value).where('region_id', '=', region.id).executeTakeFirst();
    if (!known) throw new Refusal(400, `organization: "${value}" is not an organization of ${region.name}.`);
  }
  return { dimension, value };
}

function checkParameters(view: DashboardView, query: DashboardQuery): void {
  for (const [parameter, owner] of Object.entries(viewParameters)) {
    if (query[parameter as keyof typeof viewParameters] !== undefined && owner !== view) {
      throw new Refusal(400, `${parameter}: applies to the ${owner} view only.`);
    }
  }
  if (view === 'breakdown' && !query.by) throw new Refusal(400, 'by: is required: category, language, organization or source.');
}

async function labelsOf(db: Kysely<Database>, regionId: string) {
  const organizations = await db.selectFrom('organizations').select(['id', 'name']).where('region_id', '=', regionId).execute();
  const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
  return { organization: (id: string) => names.get(id) };
}

async function tablesOf(deps: DashboardDeps, region: DashboardRegion, view: DashboardView, query: DashboardQuery, context: ViewContext): Promise<DashboardTable[]> {
  switch (view) {
    case 'volume':
      return volumeTables(context, query.interval ?? 'month');
    case 'breakdown':
      return breakdownTables(context, query.by!);
    case 'outcomes':
      return outcomeTables(context);
    case 'forwarding':
      return forwardingTables(context);
    case 'flows':
      return flowTables(context);
    case 'demand':
      return demandTables(context.scope);
    case 'coverage':
      return coverageTables(context, {
        directory: deps.directory.current().value,
        geography: deps.geography(region.id),
        distanceKm: query.distanceKm ?? DEFAULT_COVERAGE_DISTANCE_KM,
      });
  }
}

export async function dashboardView(deps: DashboardDeps, region: DashboardRegion, view: DashboardView, query: DashboardQuery): Promise<DashboardViewResponse> {
  checkParameters(view, query);
  const selection = await selectionOf(deps, region, view, query);
  const year = query.year ?? currentFiscalYear(deps.now());
  const span = fiscalYearSpan(year);
  await deps.refresher.ensureFresh(region.id);
  const scope = { db: deps.db, regionId: region.id, span };
  const labels = await labelsOf(deps.db, region.id);
  const context: ViewContext = { families: new FigureFamilies(scope), scope, selection, labels };
  const tables = await tablesOf(deps, region, view, query, context);
  const selectionLabel = selection?.dimension === 'organization' ? labels.organization(selection.value) : undefined;
  return {
    region,
    view,
    fiscalYear: { year, label: fiscalYearLabel(year), firstWeek: span.firstWeek, endWeek: span.endWeek },
    selection: selection ? { ...selection, ...(selectionLabel !== undefined && { label: selectionLabel }) } : null,
    tables,
  };
}
