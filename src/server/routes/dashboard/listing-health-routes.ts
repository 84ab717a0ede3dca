/**
 * The LIP's counts about its listings, mounted under /api, for the region's coordinators and
 * administrators (the dashboard's own access rule):
 *
 *   GET /api/dashboard/listing-health?region=      per organization and for the region, as JSON
 *   GET /api/dashboard/listing-health.csv?region=  the same as CSV (audited as dashboard.export)
 */
import { Hono, type Context } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import { listingHealthQuerySchema } from '../../../shared/dashboard/listing-health-contract.ts';
import { requireDashboardRegion } from '../../dashboard/dashboard-access.ts';
import { tableToCsv } from '../../dashboard/csv-export.ts';
import { listingHealth, listingHealthTable } from '../../dashboard/listing-health.ts';
import type { Db } from '../../listings/listing-rows.ts';
import { parseOrRefuse } from '../../security/readable-errors.ts';

export interface ListingHealthRouteDeps {
  db: Db;
  now: () => Date;
  staleAfterDays: number;
}

export function listingHealthRoutes({ db, now, staleAfterDays }: ListingHealthRouteDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  async function healthOf(c: Context<{ Variables: AppVariables }>) {
    // Region-wide figures for signed-in coordinators: no shared cache may keep them.
    c.header('Cache-Control', 'no-store');
    // Signed out is told so before anything about the question asked.
    const caller = requireCaller(c);
    const region = await requireDashboardRegion(db, caller, parseOrRefuse(listingHealthQuerySchema, c.req.query()).region);
    return listingHealth(db, region, now(), staleAfterDays);
  }

  app.get('/dashboard/listing-health', async (c) => c.json(await healthOf(c)));

  app.get('/dashboard/listing-health.csv', async (c) => {
    const health = await healthOf(c);
    // A file leaves the app: who took it is on record, as for every dashboard table.
    await db.insertInto('audit_log').values({ actor: requireCaller(c).userId, action: 'dashboard.export', entity: 'region', entity_id: health.region.id, at: now().toISOString() }).execute();
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${health.region.id}-listing-health.csv"`);
    return c.body(tableToCsv(listingHealthTable(health)));
  });

  return app;
}
