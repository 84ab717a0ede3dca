/**
 * The coordination dashboard's API, mounted under /api: a region's summary, each view as JSON,
 * and each view's tables as CSV. Coordinators of the region and administrators only.
 *
 *   GET /api/dashboard/regions/:regionId
 *   GET /api/dashboard/regions/:regionId/:view?year=&category=|language=|organization=&…
 *   GET /api/dashboard/regions/:regionId/:view/:table.csv?…
 */
import { Hono } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import { dashboardQuerySchema, dashboardViews, type DashboardView } from '../../../shared/dashboard/dashboard-contract.ts';
import { requireDashboardRegion } from '../../dashboard/dashboard-access.ts';
import { dashboardView, type DashboardDeps } from '../../dashboard/dashboard-views.ts';
import { tableToCsv } from '../../dashboard/csv-export.ts';
import { regionSummary } from '../../dashboard/region-summary.ts';
import { parseOrRefuse } from '../../security/readable-errors.ts';
import { Refusal } from '../../security/refusal.ts';

function viewOf(name: string): DashboardView {
  if (!(dashboardViews as readonly string[]).includes(name)) throw new Refusal(404, `There is no dashboard view "${name}". Views: ${dashboardViews.join(', ')}.`);
  return name as DashboardView;
}

export function dashboardRoutes(deps: DashboardDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  app.use('/dashboard/*', async (c, next) => {
    await next();
    // Region-wide figures for signed-in coordinators: no shared cache may keep them.
    c.header('Cache-Control', 'no-store');
  });

  app.get('/dashboard/regions/:regionId', async (c) => {
    const region = await requireDashboardRegion(deps.db, c.get('caller'), c.req.param('regionId'));
    return c.json(await regionSummary(deps, region));
  });

  app.get('/dashboard/regions/:regionId/:view', async (c) => {
    const region = await requireDashboardRegion(deps.db, c.get('caller'), c.req.param('regionId'));
    const view = viewOf(c.req.param('view'));
    return c.json(await dashboardView(deps, region, view, parseOrRefuse(dashboardQuerySchema, c.req.query())));
  });

  app.get('/dashboard/regions/:regionId/:view/:file', async (c) => {
    const caller = c.get('caller');
    const region = await requireDashboardRegion(deps.db, caller, c.req.param('regionId'));
    const view = viewOf(c.req.param('view'));
    const tableId = /^([a-z0-9-]+)\.csv$/.exec(c.req.param('file'))?.[1];
    if (!tableId) throw new Refusal(404, 'Tables are exported as <table>.csv, such as referrals-by-month.csv.');
    const response = await dashboardView(deps, region, view, parseOrRefuse(dashboardQuerySchema, c.req.query()));
    const table = response.tables.find((candidate) => candidate.id === tableId);
    if (!table) throw new Refusal(404, `The ${view} view has no table "${tableId}". Tables: ${response.tables.map((candidate) => candidate.id).join(', ')}.`);
    // A file leaves the app: who took which table is on record.
    await deps.db.insertInto('audit_log').values({ actor: caller!.userId, action: 'dashboard.export', entity: 'region', entity_id: region.id, at: deps.now().toISOString() }).execute();
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${region.id}-${response.fiscalYear.label}-${view}-${table.id}.csv"`);
    return c.body(tableToCsv(table));
  });

  return app;
}
