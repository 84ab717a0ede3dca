import { describe, expect, it } from 'vitest';
import type { ListingHealthResponse } from '../../shared/dashboard/listing-health-contract.ts';
import { TestBrowser } from '../auth/test-support.ts';
import { createRegionRow } from '../db/test-rows.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { isListed } from '../../shared/directory/service-facts.ts';
import { confirmAll, listedServices, plantFeedback, verifier } from '../freshness/freshness-test-support.ts';
import { verifyServices } from '../listings/listing-versions.ts';
import { startListingServer, type ListingTestServer } from '../listings/test-support.ts';
import { signInAs } from '../tests-api/api-test-kit.ts';

const CANARY = 'Canary comment: only the walrus-kettle fountain knows';

describe('the LIP\'s listing health', () => {
  describeOnEngines(
    'GET /api/dashboard/listing-health',
    (ctx) => {
      const path = (server: ListingTestServer) => `/api/dashboard/listing-health?region=${server.regionId}`;

      it('is for the region\'s coordinators and administrators', async () => {
        const server = await startListingServer(ctx.database());
        expect((await new TestBrowser(server.app).request(path(server))).status).toBe(401);
        const staff = await signInAs(server.app, ctx.db(), { role: 'staff', organizationIds: [server.orgA] });
        expect((await staff.browser.request(path(server))).status).toBe(403);
        const elsewhere = createRegionRow();
        await ctx.db().insertInto('regions').values(elsewhere).execute();
        const otherCoordinator = await signInAs(server.app, ctx.db(), { role: 'coordinator', regionId: elsewhere.id });
        expect((await otherCoordinator.browser.request(path(server))).status).toBe(403);
        const coordinator = await signInAs(server.app, ctx.db(), { role: 'coordinator', regionId: server.regionId });
        expect((await coordinator.browser.request(path(server))).status).toBe(200);
        expect((await coordinator.browser.request('/api/dashboard/listing-health')).status).toBe(400);
        const admin = await signInAs(server.app, ctx.db(), { role: 'admin' });
        expect((await admin.browser.request(path(server))).status).toBe(200);
        expect((await admin.browser.request(`/api/dashboard/listing-health.csv?region=${server.regionId}`)).status).toBe(200);
        // A region with no listing yet answers with no rows and zero totals: the page's empty state.
        const empty = (await (await admin.browser.request(`/api/dashboard/listing-health?region=${elsewhere.id}`)).json()) as ListingHealthResponse;
        expect(empty).toMatchObject({ organizations: [], totals: { services: 0, staleServices: 0, openReports: 0, ratings: 0, averageRating: null } });
      });

      it('counts listed and stale services, open and resolved reports and ratings, without any comment', async () => {
        const server = await startListingServer(ctx.database());
        await confirmAll(ctx.db(), server, server.orgA);
        await confirmAll(ctx.db(), server, server.orgB);
        const listedA = listedServices(server, server.orgA);
        const serviceId = listedA[0]!.id;
        await plantFeedback(ctx.db(), server, server.orgA, [
          { kind: 'wrong_info', serviceId, comment: CANARY },
          { kind: 'wrong_info', serviceId },
          { kind: 'wrong_info', serviceId, resolved: true },
          { kind: 'rating', serviceId, rating: 4 },
          { kind: 'rating', serviceId, rating: 5, comment: CANARY },
        ]);
        // Organization A ages past the period and then confirms one service; B was confirmed later.
        server.clock.advanceDays(100);
        await confirmAll(ctx.db(), server, server.orgB);
        server.clock.advanceDays(81);
        await verifyServices(ctx.db(), server.orgA, [serviceId], verifier, server.clock.now().toISOString());

        const coordinator = await signInAs(server.app, ctx.db(), { role: 'coordinator', regionId: server.regionId });
        const response = await coordinator.browser.request(path(server));
        const text = await response.text();
        expect(text).not.toContain('walrus-kettle');
        const health = JSON.parse(text) as ListingHealthResponse;
        expect(health.staleAfterDays).toBe(180);
        const rowA = health.organizations.find((organization) => organization.organizationId === server.orgA);
        expect(rowA).toMatchObject({ services: listedA.length, staleServices: listedA.length - 1, openReports: 2, resolvedReports: 1, ratings: 2, averageRating: 4.5 });
        const rowB = health.organizations.find((organization) => organization.organizationId === server.orgB);
        expect(rowB).toMatchObject({ services: listedServices(server, server.orgB).length, staleServices: 0, openReports: 0, ratings: 0, averageRating: null });
        expect(health.totals).toMatchObject({ services: server.seed.services.filter(isListed).length, openReports: 2, resolvedReports: 1, ratings: 2, averageRating: 4.5 });
        expect(health.totals.staleServices).toBe(health.organizations.reduce((total, organization) => total + organization.staleServices, 0));

        const csv = await coordinator.browser.request(`/api/dashboard/listing-health.csv?region=${server.regionId}`);
        expect(csv.headers.get('content-type')).toContain('text/csv');
        const lines = (await csv.text()).trim().split('\r\n');
        expect(lines[0]).toBe('organization,name,services,staleServices,openReports,resolvedReports,ratings,averageRating');
        expect(lines).toContain(`${server.orgA},${rowA!.name},${listedA.length},${listedA.length - 1},2,1,2,4.5`);
        const exported = await ctx.db().selectFrom('audit_log').select('action').where('action', '=', 'dashboard.export').execute();
        expect(exported).toHaveLength(1);
      });
    },
    { fresh: 'test' },
  );
});
