/**
 * The listing editor's API, under /api/listings: staff edit their own organizations' drafts,
 * publish, revert and confirm services are still correct; the LIP reviews first publications
 * and decides whether its region needs that review. Access is settled from the listing's own
 * row before a body is read (src/server/listings/listing-access.ts).
 */
import { Hono, type Context } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import type { Db } from '../../listings/listing-rows.ts';
import { readVersionRow, requireHead, versionSummary, parseListing } from '../../listings/listing-rows.ts';
import { requireListingUse, requireRegionLead, type ListingUse } from '../../listings/listing-access.ts';
import { listingActor } from './listing-actor.ts';
import { discardDraft, readEditableListing, saveDraft } from '../../listings/listing-drafts.ts';
import { listListings } from '../../listings/listing-list.ts';
import { publishDraft, revertToVersion, reviewVersion, verifyServices } from '../../listings/listing-versions.ts';
import { createListing, readListingSettings, writeListingSettings } from '../../listings/listing-settings.ts';
import { Refusal } from '../../security/refusal.ts';
import { listingSettingsSchema, newListingSchema, reviewSchema, saveDraftSchema, verifySchema } from '../../../shared/listings/listing-contract.ts';
import { readJsonBody as readJson } from '../../security/readable-errors.ts';
import { DEFAULT_STALE_AFTER_DAYS } from '../../../shared/listings/service-freshness.ts';

export interface ListingRouteDeps {
  db: Db;
  now: () => Date;
  /** Called after a change phones must see: rebuilds the bundle at once in this process. */
  onRelease: (regionId: string) => Promise<void>;
  /** Services unconfirmed for longer are counted as stale in the list (STALE_AFTER_DAYS). */
  staleAfterDays?: number;
}

type ListingContext = Context<{ Variables: AppVariables }>;

function versionParam(c: ListingContext): number {
  const version = Number(c.req.param('version'));
  if (!Number.isInteger(version) || version < 1) throw new Refusal(400, 'A version is a whole number from 1.');
  return version;
}

export function listingRoutes({ db, now, onRelease, staleAfterDays = DEFAULT_STALE_AFTER_DAYS }: ListingRouteDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();
  const at = () => now().toISOString();

  /** The listing's head, after checking the caller may use it this way. */
  async function allowed(c: ListingContext, use: ListingUse) {
    const caller = requireCaller(c);
    const head = await requireHead(db, c.req.param('organizationId') ?? '');
    requireListingUse(caller, head, use);
    return head;
  }

  app.use('/listings/*', async (c, next) => {
    await next();
    // Drafts and history are for the signed-in account only.
    c.header('Cache-Control', 'no-store');
  });

  app.get('/listings', async (c) => c.json({ listings: await listListings(db, requireCaller(c), { now: now(), staleAfterDays }) }));

  app.post('/listings', async (c) => {
    const caller = requireCaller(c);
    if (caller.role === 'staff') throw new Refusal(403, 'New organizations are added by the LIP.');
    const body = await readJson(c, newListingSchema, { fields: true });
    if (caller.role === 'coordinator' && caller.regionId !== body.regionId) throw new Refusal(403, 'You can add organizations to your own region only.');
    await createListing(db, body, await listingActor(db, c), at());
    return c.json({ organizationId: body.organizationId }, 201);
  });

  app.get('/listings/:organizationId', async (c) => {
    await allowed(c, 'edit');
    return c.json(await readEditableListing(db, c.req.param('organizationId')));
  });

  app.put('/listings/:organizationId/draft', async (c) => {
    await allowed(c, 'edit');
    const { document, baseVersion } = await readJson(c, saveDraftSchema);
    await saveDraft(db, c.req.param('organizationId'), document, baseVersion, await listingActor(db, c), at());
    return c.json(await readEditableListing(db, c.req.param('organizationId')));
  });

  app.delete('/listings/:organizationId/draft', async (c) => {
    await allowed(c, 'edit');
    await discardDraft(db, c.req.param('organizationId'));
    return c.json(await readEditableListing(db, c.req.param('organizationId')));
  });

  app.post('/listings/:organizationId/publish', async (c) => {
    const head = await allowed(c, 'edit');
    const written = await publishDraft(db, head.organization_id, await listingActor(db, c), at());
    if (written.reviewState === 'live') await onRelease(head.region_id);
    return c.json(written, 201);
  });

  app.post('/listings/:organizationId/verify', async (c) => {
    const head = await allowed(c, 'edit');
    const { serviceIds } = await readJson(c, verifySchema);
    const written = await verifyServices(db, head.organization_id, serviceIds, await listingActor(db, c), at());
    await onRelease(head.region_id);
    return c.json(written, 201);
  });

  app.get('/listings/:organizationId/versions', async (c) => {
    const head = await allowed(c, 'edit');
    const rows = await db.selectFrom('listing_versions').selectAll().where('organization_id', '=', head.organization_id).orderBy('version', 'desc').execute();
    return c.json({ liveVersion: head.live_version, versions: rows.map(versionSummary) });
  });

  app.get('/listings/:organizationId/versions/:version', async (c) => {
    const head = await allowed(c, 'edit');
    const row = await readVersionRow(db, head.organization_id, versionParam(c));
    if (!row) throw new Refusal(404, 'This listing has no such version.');
    return c.json({ ...versionSummary(row), document: parseListing(row.document) });
  });

  app.post('/listings/:organizationId/versions/:version/revert', async (c) => {
    const head = await allowed(c, 'edit');
    const written = await revertToVersion(db, head.organization_id, versionParam(c), await listingActor(db, c), at());
    await onRelease(head.region_id);
    return c.json(written, 201);
  });

  app.post('/listings/:organizationId/versions/:version/review', async (c) => {
    const head = await allowed(c, 'review');
    const { decision } = await readJson(c, reviewSchema);
    const reviewed = await reviewVersion(db, head.organization_id, versionParam(c), decision, at());
    if (reviewed.reviewState === 'live') await onRelease(head.region_id);
    return c.json(reviewed);
  });

  app.get('/regions/:regionId/listing-settings', async (c) => {
    requireRegionLead(requireCaller(c), c.req.param('regionId'), 'Only the LIP of this region can change its settings.');
    return c.json(await readListingSettings(db, c.req.param('regionId')));
  });

  app.put('/regions/:regionId/listing-settings', async (c) => {
    requireRegionLead(requireCaller(c), c.req.param('regionId'), 'Only the LIP of this region can change its settings.');
    const body = await readJson(c, listingSettingsSchema);
    await writeListingSettings(db, c.req.param('regionId'), body);
    return c.json(body);
  });

  return app;
}
