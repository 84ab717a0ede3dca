import { describe, expect, it } from 'vitest';
import { describeOnEngines } from '../db/test-engines.ts';
import { signInAs, type SignedIn } from '../tests-api/api-test-kit.ts';
import { TestBrowser } from '../auth/test-support.ts';
import { createRegionRow } from '../db/test-rows.ts';
import { startListingServer, type ListingTestServer } from '../listings/test-support.ts';
import type { ListingRow } from '../listings/listing-list.ts';
import type { ListingFreshness } from './listing-freshness.ts';
import { confirmAll, listedServices, plantFeedback } from './freshness-test-support.ts';

/** Sessions end when the clock moves by days: the same person signs in again, as they would. */
async function again(person: SignedIn): Promise<TestBrowser> {
  expect((await person.browser.signIn(person.email)).status).toBe(200);
  return person.browser;
}

async function freshnessOf(browser: TestBrowser, organizationId: string): Promise<ListingFreshness> {
  const response = await browser.request(`/api/listings/${organizationId}/freshness`);
  expect(response.status).toBe(200);
  return (await response.json()) as ListingFreshness;
}

async function listRow(browser: TestBrowser, organizationId: string): Promise<ListingRow> {
  const response = await browser.request('/api/listings');
  expect(response.status).toBe(200);
  const { listings } = (await response.json()) as { listings: ListingRow[] };
  return listings.find((row) => row.organizationId === organizationId)!;
}

describe('listing freshness', () => {
  describeOnEngines(
    'stale flags over time',
    (ctx) => {
      async function start(): Promise<{ server: ListingTestServer; person: SignedIn; staff: TestBrowser }> {
        const server = await startListingServer(ctx.database());
        await confirmAll(ctx.db(), server, server.orgA);
        const person = await signInAs(server.app, ctx.db(), { role: 'staff', organizationIds: [server.orgA] });
        return { server, person, staff: person.browser };
      }

      it('services confirmed today stay unflagged for the whole period and are flagged the day after', async () => {
        const { server, person, staff } = await start();
        const listed = listedServices(server, server.orgA);
        expect(listed.length).toBeGreaterThan(0);

        const today = await freshnessOf(staff, server.orgA);
        expect(today.staleAfterDays).toBe(180);
        expect(today.services.filter((service) => service.stale)).toEqual([]);
        expect(today.services.map((service) => service.assuredDate)).toEqual(today.services.map(() => '2026-06-01'));
        expect(await listRow(staff, server.orgA)).toMatchObject({ staleServices: 0, openReports: 0 });

        server.clock.advanceDays(180);
        const lastDay = await again(person);
        expect((await freshnessOf(lastDay, server.orgA)).services.some((service) => service.stale)).toBe(false);
        expect((await listRow(lastDay, server.orgA)).staleServices).toBe(0);

        server.clock.advanceDays(1);
        const dayAfter = await again(person);
        const after = await freshnessOf(dayAfter, server.orgA);
        expect(after.services.filter((service) => service.stale).map((service) => service.serviceId).sort()).toEqual(listed.map((service) => service.id).sort());
        expect((await listRow(dayAfter, server.orgA)).staleServices).toBe(listed.length);
      });

      it('"still correct" on one service clears its flag and lowers the count', async () => {
        const { server, person } = await start();
        const [first] = listedServices(server, server.orgA);
        server.clock.advanceDays(200);
        const staff = await again(person);
        const response = await staff.post(`/api/listings/${server.orgA}/verify`, { serviceIds: [first!.id] });
        expect(response.status).toBe(201);

        const services = (await freshnessOf(staff, server.orgA)).services;
        expect(services.find((service) => service.serviceId === first!.id)).toMatchObject({ stale: false, assuredDate: '2026-12-18' });
        expect((await listRow(staff, server.orgA)).staleServices).toBe(listedServices(server, server.orgA).length - 1);
      });

      it('the list counts open reports of wrong information, not resolved ones or ratings', async () => {
        const { server, staff } = await start();
        const serviceId = listedServices(server, server.orgA)[0]!.id;
        await plantFeedback(ctx.db(), server, server.orgA, [
          { kind: 'wrong_info', serviceId },
          { kind: 'wrong_info', serviceId },
          { kind: 'wrong_info', serviceId, resolved: true },
          { kind: 'rating', serviceId, rating: 2 },
        ]);
        expect((await listRow(staff, server.orgA)).openReports).toBe(2);
      });

      it('the freshness of a listing is for those who may edit it', async () => {
        const { server } = await start();
        const path = `/api/listings/${server.orgA}/freshness`;
        expect((await new TestBrowser(server.app).request(path)).status).toBe(401);
        const otherStaff = await signInAs(server.app, ctx.db(), { role: 'staff', organizationIds: [server.orgB] });
        expect((await otherStaff.browser.request(path)).status).toBe(403);
        const elsewhere = createRegionRow();
        await ctx.db().insertInto('regions').values(elsewhere).execute();
        const otherCoordinator = await signInAs(server.app, ctx.db(), { role: 'coordinator', regionId: elsewhere.id });
        expect((await otherCoordinator.browser.request(path)).status).toBe(403);
        const coordinator = await signInAs(server.app, ctx.db(), { role: 'coordinator', regionId: server.regionId });
        expect((await coordinator.browser.request(path)).status).toBe(200);
        expect((await coordinator.browser.request('/api/listings/no-such-organization/freshness')).status).toBe(404);
      });
    },
    { fresh: 'test' },
  );
});
