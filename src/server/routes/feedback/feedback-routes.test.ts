/**
 * Newcomer feedback through the HTTP API: sent without an account, stored once per key, refused
 * readably when wrong, rate limited per address; read and resolved only by the people who manage
 * or oversee the organization's listing.
 */
import { beforeAll, expect, it } from 'vitest';
import { TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';
import { signInAs } from '../../tests-api/api-test-kit.ts';
import { newcomerPhone, ratingBody, reportBody, startFeedbackServer, type FeedbackTestServer } from '../../feedback/test-support.ts';
import { regionFeedbackCounts } from '../../feedback/feedback-queries.ts';
import type { FeedbackReceipt, FeedbackReport, FeedbackReportPage, ServiceRatings } from '../../../shared/feedback/feedback-contract.ts';

describeOnEngines('newcomer feedback routes', (ctx) => {
  let server: FeedbackTestServer;
  let staffA: TestBrowser;
  let staffB: TestBrowser;
  let coordinator: TestBrowser;
  let otherCoordinator: TestBrowser;

  beforeAll(async () => {
    server = await startFeedbackServer(ctx.database());
    const db = ctx.db();
    await db.insertInto('regions').values({ id: 'elsewhere', name: 'Elsewhere', timezone: 'America/Toronto', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    staffA = (await signInAs(server.app, db, { role: 'staff', organizationIds: [server.orgA] })).browser;
    staffB = (await signInAs(server.app, db, { role: 'staff', organizationIds: [server.orgB] })).browser;
    coordinator = (await signInAs(server.app, db, { role: 'coordinator', regionId: server.regionId })).browser;
    otherCoordinator = (await signInAs(server.app, db, { role: 'coordinator', regionId: 'elsewhere' })).browser;
  });

  const openReports = async (browser: TestBrowser, org = server.orgA, query = '') => {
    const response = await browser.request(`/api/listings/${org}/feedback${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as FeedbackReportPage;
  };

  it('a report is stored with the organization and region of the directory, once however often the outbox resends it', async () => {
    const phone = newcomerPhone(server);
    const body = reportBody(server.fixture.services.alsoA.id);
    const first = await phone.post('/api/feedback', body);
    const resent = await phone.post('/api/feedback', body);
    const receipt = (await first.json()) as FeedbackReceipt;

    expect(first.status).toBe(201);
    expect(first.headers.get('Cache-Control')).toBe('no-store');
    expect(receipt).toEqual({ id: expect.any(String), receivedAt: '2026-06-01T12:00:00.000Z' });
    expect(resent.status).toBe(200);
    expect(await resent.json()).toEqual(receipt);
    const rows = await ctx.db().selectFrom('listing_feedback').selectAll().where('idempotency_key', '=', body.idempotencyKey as string).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organization_id: server.orgA, region_id: server.regionId, service_id: body.serviceId, kind: 'wrong_info', language: 'fr' });

    const reused = await phone.post('/api/feedback', { ...body, problems: ['fees'] });
    expect(reused.status).toBe(409);
    expect(await reused.json()).toEqual({ error: expect.stringContaining('idempotency key') });
  });

  it('refuses bad reports with a readable 400 naming the field, and an unknown or withdrawn service with 404', async () => {
    const phone = newcomerPhone(server);
    const serviceId = server.fixture.services.a.id;
    const cases: [unknown, number, RegExp][] = [
      [reportBody(serviceId, { problems: [] }), 400, /problems: choose at least one/],
      [reportBody(serviceId, { problems: ['weather'] }), 400, /problems\.0/],
      [reportBody(serviceId, { comment: 'x'.repeat(1001) }), 400, /comment: must be at most 1000 characters/],
      [reportBody(serviceId, { organizationId: server.orgB }), 400, /organizationId/],
      [reportBody(serviceId, { idempotencyKey: 'again' }), 400, /idempotencyKey: must be a UUID/],
      [reportBody(serviceId, { kind: 'complaint' }), 400, /kind/],
      [reportBody(serviceId, { language: 'français' }), 400, /language/],
      [ratingBody(serviceId, 6), 400, /rating: must be from 1 to 5/],
      [ratingBody(serviceId, 0), 400, /rating: must be from 1 to 5/],
      [ratingBody(serviceId, 2.5), 400, /rating: must be a whole number/],
      [{ ...ratingBody(serviceId, 4), rating: undefined }, 400, /rating: is required/],
      [reportBody('svc-gone'), 404, /not in the directory/],
      [reportBody(server.fixture.services.unlisted.id), 404, /not in the directory/],
      [null, 400, /request must be an object/],
    ];
    for (const [body, status, message] of cases) {
      const answer = await phone.post('/api/feedback', body);
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect((await answer.json()) as { error: string }).toEqual({ error: expect.stringMatching(message) });
    }
    const malformed = await phone.request('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: phone.origin }, json: undefined });
    expect(malformed.status).toBe(400);
  });

  it('keeps the comment as plain text, without control characters, and does not ask who the person is', async () => {
    const phone = newcomerPhone(server);
    const body = ratingBody(server.fixture.services.a.id, 5, { comment: '  Très\u0000 bien\u0007 <b>merci</b>\r\n ' });
    expect((await phone.post('/api/feedback', body)).status).toBe(201);
    const row = await ctx.db().selectFrom('listing_feedback').selectAll().where('idempotency_key', '=', body.idempotencyKey as string).executeTakeFirstOrThrow();
    expect(row.comment).toBe('Très bien <b>merci</b>');
    expect(Object.keys(row).sort()).toEqual(['comment', 'created_at', 'id', 'idempotency_key', 'kind', 'language', 'organization_id', 'problems', 'rating', 'region_id', 'resolved_at', 'resolved_by', 'service_id']);
  });

  it('staff of A list A\'s open reports newest first, resolve one, see it under resolved, and reopen it', async () => {
    const phone = newcomerPhone(server);
    const older = reportBody(server.fixture.services.a.id, { problems: ['address'] });
    await phone.post('/api/feedback', older);
    server.clock.advanceDays(1 / 1440); // a minute: sessions stay open
    const newer = reportBody(server.fixture.services.a.id, { problems: ['closed', 'other'], comment: 'Moved to Dundas St.' });
    await phone.post('/api/feedback', newer);

    const open = await openReports(staffA);
    expect(open.state).toBe('open');
    const [first] = open.reports;
    expect(first).toMatchObject({ serviceId: server.fixture.services.a.id, serviceName: server.fixture.services.a.name, problems: ['closed', 'other'], comment: 'Moved to Dundas St.', resolvedAt: null });
    expect(open.reports.some((report) => report.problems.join() === 'address')).toBe(true);
    expect(open.total).toBe(open.reports.length);

    const resolved = await staffA.post(`/api/listings/${server.orgA}/feedback/${first!.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(((await resolved.json()) as FeedbackReport).resolvedAt).toBe(server.clock.now().toISOString());
    expect((await openReports(staffA)).reports.map((report) => report.id)).not.toContain(first!.id);
    expect((await openReports(staffA, server.orgA, '?state=resolved')).reports.map((report) => report.id)).toEqual([first!.id]);

    const reopened = await staffA.post(`/api/listings/${server.orgA}/feedback/${first!.id}/reopen`);
    expect(((await reopened.json()) as FeedbackReport).resolvedAt).toBeNull();
    expect((await openReports(staffA)).reports[0]!.id).toBe(first!.id);
  });

  it('B\'s staff and another region\'s coordinator can neither read nor resolve A\'s reports; the region\'s coordinator can', async () => {
    await newcomerPhone(server).post('/api/feedback', reportBody(server.fixture.services.a.id));
    const [report] = (await openReports(staffA)).reports;
    for (const outsider of [staffB, otherCoordinator]) {
      expect((await outsider.request(`/api/listings/${server.orgA}/feedback`)).status).toBe(403);
      expect((await outsider.request(`/api/listings/${server.orgA}/feedback/ratings`)).status).toBe(403);
      expect((await outsider.post(`/api/listings/${server.orgA}/feedback/${report!.id}/resolve`)).status).toBe(403);
    }
    expect((await new TestBrowser(server.app).request(`/api/listings/${server.orgA}/feedback`)).status).toBe(401);
    // A's report id through B's listing: B's staff reach only B's reports.
    expect((await staffB.post(`/api/listings/${server.orgB}/feedback/${report!.id}/resolve`)).status).toBe(404);
    expect((await openReports(staffA)).reports.find((item) => item.id === report!.id)?.resolvedAt).toBeNull();
    expect((await openReports(coordinator)).reports.map((item) => item.id)).toContain(report!.id);
    expect((await openReports(staffB, server.orgB)).reports.map((item) => item.id)).not.toContain(report!.id);
  });

  it('ratings are counted and averaged per service, with their comments, and counted for the LIP', async () => {
    const phone = newcomerPhone(server);
    const serviceId = server.fixture.services.alsoA.id;
    for (const [rating, comment] of [[4, 'Helpful staff'], [2, null], [3, null]] as const) {
      expect((await phone.post('/api/feedback', ratingBody(serviceId, rating, { comment }))).status).toBe(201);
    }
    const answer = await staffA.request(`/api/listings/${server.orgA}/feedback/ratings`);
    const { services } = (await answer.json()) as { services: ServiceRatings[] };
    expect(services.find((service) => service.serviceId === serviceId)).toMatchObject({ count: 3, average: 3, comments: [{ rating: 4, comment: 'Helpful staff', language: 'ar' }] });

    // The LIP's dashboard counts the same ratings for the organization.
    const counts = (await regionFeedbackCounts(ctx.db(), server.regionId)).find((organization) => organization.organizationId === server.orgA);
    expect(counts!.ratings).toBeGreaterThanOrEqual(3);
    expect(counts!.openReports).toBe((await openReports(staffA)).total);
  });

  it('a bad page or state is a readable 400', async () => {
    for (const query of ['?state=closed', '?page=0', '?page=two']) {
      const answer = await staffA.request(`/api/listings/${server.orgA}/feedback${query}`);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toEqual({ error: expect.stringMatching(/state|page/) });
    }
  });
});

describeOnEngines('newcomer feedback rate limit', (ctx) => {
  it('an address sending too many reports gets 429 with Retry-After, another address does not, and the hour passing lets it send again', async () => {
    const server = await startFeedbackServer(ctx.database(), { reportsPerHour: 3 });
    const phone = newcomerPhone(server, '198.51.100.77');
    const serviceId = server.fixture.services.a.id;
    for (let sent = 0; sent < 3; sent += 1) expect((await phone.post('/api/feedback', ratingBody(serviceId, 5))).status).toBe(201);

    const refused = await phone.post('/api/feedback', ratingBody(serviceId, 5));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many reports/);
    expect((await newcomerPhone(server, '198.51.100.78').post('/api/feedback', ratingBody(serviceId, 5))).status).toBe(201);

    server.clock.advanceDays(1 / 24);
    expect((await phone.post('/api/feedback', ratingBody(serviceId, 5))).status).toBe(201);
    const stored = await ctx.db().selectFrom('listing_feedback').select('id').where('service_id', '=', serviceId).execute();
    expect(stored).toHaveLength(5);
  });
});
