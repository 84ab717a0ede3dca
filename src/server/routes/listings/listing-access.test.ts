/**
 * Every listing route, called by every kind of caller about organization A: only A's staff, the
 * region's coordinators and admins get past the door, and nothing is written for the others.
 */
import { beforeAll, expect, it } from 'vitest';
import { TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';
import { createRegionRow } from '../../db/test-rows.ts';
import { signInAs } from '../../tests-api/api-test-kit.ts';
import { startListingServer, type ListingTestServer } from '../../listings/test-support.ts';

interface Route {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: (org: string) => string;
  body?: (server: ListingTestServer) => unknown;
  /** Review is the LIP's: staff of the organization itself are refused too. */
  reviewOnly?: boolean;
}

const routes: Route[] = [
  { method: 'GET', path: (org) => `/api/listings/${org}` },
  { method: 'PUT', path: (org) => `/api/listings/${org}/draft`, body: (server) => ({ document: { organization: { id: server.orgA, name: 'Taken over' }, services: [], locations: [], service_at_locations: [] }, baseVersion: 1 }) },
  { method: 'DELETE', path: (org) => `/api/listings/${org}/draft` },
  { method: 'POST', path: (org) => `/api/listings/${org}/publish`, body: () => ({}) },
  { method: 'POST', path: (org) => `/api/listings/${org}/verify`, body: (server) => ({ serviceIds: server.seed.services.filter((s) => s.organization_id === server.orgA).map((s) => s.id) }) },
  { method: 'GET', path: (org) => `/api/listings/${org}/versions` },
  { method: 'GET', path: (org) => `/api/listings/${org}/versions/1` },
  { method: 'POST', path: (org) => `/api/listings/${org}/versions/1/revert`, body: () => ({}) },
  { method: 'POST', path: (org) => `/api/listings/${org}/versions/1/review`, body: () => ({ decision: 'approve' }), reviewOnly: true },
];

describeOnEngines('listing routes: who may use organization A\'s listing', (ctx) => {
  let server: ListingTestServer;
  const callers = new Map<string, TestBrowser>();

  beforeAll(async () => {
    server = await startListingServer(ctx.database());
    const db = ctx.db();
    await db.insertInto('regions').values(createRegionRow({ id: 'elsewhere' })).execute();
    callers.set('signed out', new TestBrowser(server.app));
    callers.set('staff of B', (await signInAs(server.app, db, { role: 'staff', organizationIds: [server.orgB] })).browser);
    callers.set('coordinator of another region', (await signInAs(server.app, db, { role: 'coordinator', regionId: 'elsewhere' })).browser);
    callers.set('staff of A', (await signInAs(server.app, db, { role: 'staff', organizationIds: [server.orgA] })).browser);
    callers.set('coordinator of the region', (await signInAs(server.app, db, { role: 'coordinator', regionId: server.regionId })).browser);
    callers.set('admin', (await signInAs(server.app, db, { role: 'admin' })).browser);
  });

  const send = (caller: string, route: Route) =>
    callers.get(caller)!.request(route.path(server.orgA), { method: route.method, ...(route.body && { json: route.body(server) }) });

  const versionsOfA = async () => (await ctx.db().selectFrom('listing_versions').select('version').where('organization_id', '=', server.orgA).execute()).length;

  for (const route of routes) {
    it(`${route.method} ${route.path(':org')}: refused to the signed-out, to B's staff and to another region's coordinator`, async () => {
      const before = await versionsOfA();
      const drafts = await ctx.db().selectFrom('listing_drafts').selectAll().where('organization_id', '=', server.orgA).execute();
      expect((await send('signed out', route)).status).toBe(401);
      expect((await send('staff of B', route)).status).toBe(403);
      expect((await send('coordinator of another region', route)).status).toBe(403);
      if (route.reviewOnly) expect((await send('staff of A', route)).status).toBe(403);
      expect(await versionsOfA()).toBe(before);
      expect(await ctx.db().selectFrom('listing_drafts').selectAll().where('organization_id', '=', server.orgA).execute()).toEqual(drafts);
    });
  }

  it('A\'s staff, the region\'s coordinator and admins get past the door of every route', async () => {
    for (const caller of allowedCalls(routes)) {
      const response = await send(caller.name, caller.route);
      expect([401, 403], `${caller.name} ${caller.route.method} ${caller.route.path(':org')}: ${response.status}`).not.toContain(response.status);
    }
  });

  it('lists only the organizations the caller works on', async () => {
    const names = async (caller: string) => ((await (await callers.get(caller)!.request('/api/listings')).json()) as { listings: Array<{ organizationId: string }> }).listings.map((row) => row.organizationId);
    expect(await names('staff of A')).toEqual([server.orgA]);
    expect(await names('staff of B')).toEqual([server.orgB]);
    expect(await names('coordinator of another region')).toEqual([]);
    expect((await names('coordinator of the region')).length).toBe(server.seed.organizations.length);
    expect((await callers.get('signed out')!.request('/api/listings')).status).toBe(401);
  });

  it('region settings are for the region\'s coordinator and admins only', async () => {
    const path = `/api/regions/${server.regionId}/listing-settings`;
    const body = { reviewFirstPublications: false };
    expect((await callers.get('staff of A')!.request(path, { method: 'PUT', json: body })).status).toBe(403);
    expect((await callers.get('coordinator of another region')!.request(path, { method: 'PUT', json: body })).status).toBe(403);
    expect((await callers.get('coordinator of the region')!.request(path, { method: 'PUT', json: body })).status).toBe(200);
  });
});

/** Each allowed caller paired with each route it may use. */
function allowedCalls(all: Route[]) {
  const allowed = ['staff of A', 'coordinator of the region', 'admin'];
  return all.flatMap((route) => allowed.filter((name) => !(route.reviewOnly && name === 'staff of A')).map((name) => ({ name, route })));
}
