/**
 * `GET /api/listings/:organizationId/freshness`: the live services of a listing with their last
 * verification date and whether it is older than the period, for the editor's flags. The same
 * access as editing the listing (its staff, the region's LIP, admins).
 */
import { Hono } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import { listingFreshness } from '../../freshness/listing-freshness.ts';
import { requireListingUse } from '../../listings/listing-access.ts';
import { requireHead, type Db } from '../../listings/listing-rows.ts';

export interface FreshnessRouteDeps {
  db: Db;
  now: () => Date;
  staleAfterDays: number;
}

export function freshnessRoutes({ db, now, staleAfterDays }: FreshnessRouteDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  app.get('/listings/:organizationId/freshness', async (c) => {
    const caller = requireCaller(c);
    const head = await requireHead(db, c.req.param('organizationId'));
    requireListingUse(caller, head, 'edit');
    // Who verified what is for the signed-in account only.
    c.header('Cache-Control', 'no-store');
    return c.json(await listingFreshness(db, head, now(), staleAfterDays));
  });

  return app;
}
