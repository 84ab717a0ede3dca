/**
 * The public HSDS read API on both engines, reading the bundle phones get: HSDS paging, the
 * filters, readable 400s, the compiled service, and caching by ETag.
 */
import { beforeAll, expect, it } from 'vitest';
import { TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';
import { signInAs } from '../../tests-api/api-test-kit.ts';
import { startListingServer, type ListingTestServer } from '../../listings/test-support.ts';
import * as hsds3 from '../../hsds/test-fixtures/hsds3-schemas.ts';
import { problemsOf } from './exchange-test-support.ts';

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Array<Record<string, unknown>> };

describeOnEngines('public HSDS API', (ctx) => {
  let server: ListingTestServer;
  let anyone: TestBrowser;
  const get = async (path: string) => {
    const response = await anyone.request(`/api/hsds${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const page = async (path: string) => (await get(path)).body as unknown as Page;

  beforeAll(async () => {
    server = await startListingServer(ctx.database());
    anyone = new TestBrowser(server.app);
    const admin = (await signInAs(server.app, ctx.db(), { role: 'admin' })).browser;
    const service = server.seed.services.find((candidate) => candidate.organization_id === server.orgA)!;
    await admin.post(`/api/listings/${server.orgA}/verify`, { serviceIds: [service.id] });
  });

  it('says which HSDS it follows and which extensions it adds', async () => {
    const { status, body } = await get('');
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: '3.0', profile: expect.stringMatching(/^https:\/\//) });
    expect((body.guichet_extensions as Array<{ name: string }>).map((extension) => extension.name)).toContain('guichet_translations');
    const withSlash = await anyone.request('/api/hsds/');
    expect([withSlash.status, withSlash.headers.get('Location')]).toEqual([308, '/api/hsds']);
  });

  it('pages services as HSDS specifies', async () => {
    const total = (await server.bundle()).services.length;
    const first = await page('/services?per_page=7');
    expect(first).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 7), page_number: 1, size: 7, first_page: true, last_page: false, empty: false });
    expect(problemsOf(hsds3.page(hsds3.service), first, 'page')).toEqual([]);
    const last = await page(`/services?per_page=7&page=${first.total_pages}`);
    expect(last).toMatchObject({ first_page: false, last_page: true, size: total - 7 * (first.total_pages - 1) });
    const ids = new Set([...first.contents, ...last.contents].map((service) => service.id));
    expect(ids.size).toBe(first.size + last.size);
    // A list gives each service's own fields; the nested lists are for /services/{id}.
    expect(first.contents.every((service) => !Array.isArray(service.phones) && !Array.isArray(service.schedules))).toBe(true);
  });

  it('filters services by organization, taxonomy term, text and modification date', async () => {
    const bundle = await server.bundle();
    const ofA = await page(`/services?organization_id=${server.orgA}&per_page=200`);
    expect(ofA.contents.map((service) => service.id)).toEqual(bundle.services.filter((service) => service.organization_id === server.orgA).map((service) => service.id));

    const term = bundle.services[0]!.attributes![0]!.taxonomy_term_id;
    const inTerm = await page(`/services?taxonomy_term_id=${term}&per_page=200`);
    expect(inTerm.total_items).toBeGreaterThan(0);
    expect(inTerm.contents.map((service) => service.id)).toContain(bundle.services[0]!.id);
    expect(inTerm.total_items).toBeLessThan(bundle.services.length);

    const named = bundle.services[3]!;
    const found = await page(`/services?search=${encodeURIComponent(named.name.toUpperCase())}`);
    expect(found.contents.map((service) => service.id)).toContain(named.id);
    expect((await page('/services?search=zzyzx-nothing-like-it')).empty).toBe(true);

    // Services carry no last_modified: their verification date stands for it.
    const recent = await page('/services?modified_after=2026-09-15T00:00:00Z&per_page=200');
    const expected = bundle.services.filter((service) => (service.assured_date ?? '') >= '2026-09-15').map((service) => service.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(recent.contents.map((service) => service.id)).toEqual(expected);
  });

  it('refuses parameters it cannot honour with a readable 400', async () => {
    for (const query of ['per_page=100000', 'page=0', 'page=two', 'modified_after=last-tuesday', 'postcode=12345', 'proximity=5000', 'postcode=N6A&proximity=far']) {
      const { status, body } = await get(`/services?${query}`.replace('/services?postcode', '/service_at_locations?postcode').replace('/services?proximity', '/service_at_locations?proximity'));
      expect(status, query).toBe(400);
      expect(body.error, query).toMatch(/^(per_page|page|modified_after|postcode|proximity) /);
    }
  });

  it('returns a service fully nested, with its organization and places, and never who verified it', async () => {
    const bundle = await server.bundle();
    const link = bundle.service_at_locations[0]!;
    const { status, body } = await get(`/services/${link.service_id}`);
    expect(status).toBe(200);
    expect(problemsOf(hsds3.service, body, 'service')).toEqual([]);
    expect((body.organization as { id: string }).id).toBe(bundle.services.find((service) => service.id === link.service_id)!.organization_id);
    const places = body.service_at_locations as Array<{ location_id: string; location: { id: string } }>;
    expect(places.find((place) => place.location_id === link.location_id)?.location.id).toBe(link.location_id);
    const verified = await get(`/services/${server.seed.services.find((service) => service.organization_id === server.orgA)!.id}`);
    expect(verified.body.assured_date).toBe('2026-06-01');
    expect(verified.body).not.toHaveProperty('assurer_email');
    expect((await get('/services/no-such-service')).status).toBe(404);
  });

  it('lists organizations and returns one with its services', async () => {
    const organizations = await page('/organizations?per_page=3');
    expect(organizations.size).toBe(3);
    expect(problemsOf(hsds3.page(hsds3.organization), organizations, 'page')).toEqual([]);
    const { body } = await get(`/organizations/${server.orgA}`);
    expect(problemsOf(hsds3.organization, body, 'organization')).toEqual([]);
    expect(body).not.toHaveProperty('services');
    const full = await get(`/organizations/${server.orgA}?full_service=true`);
    expect((full.body.services as unknown[]).length).toBe(server.seed.services.filter((service) => service.organization_id === server.orgA).length);
    expect((await get('/organizations/no-such-organization')).status).toBe(404);
  });

  it('finds services at locations near a postcode, and in its area', async () => {
    const bundle = await server.bundle();
    const everywhere = await page('/service_at_locations?per_page=200');
    expect(everywhere.total_items).toBe(bundle.service_at_locations.filter((link) => bundle.services.some((service) => service.id === link.service_id)).length);
    const near = await page('/service_at_locations?postcode=N6A%201A1&proximity=3000&per_page=200');
    const far = await page('/service_at_locations?postcode=N6A&proximity=60000&per_page=200');
    expect(near.total_items).toBeLessThan(far.total_items);
    expect(far.total_items).toBe(everywhere.total_items);
    const place = bundle.locations.find((location) => location.addresses?.[0]?.postal_code)!;
    const fsa = place.addresses![0]!.postal_code.slice(0, 3);
    const inArea = await page(`/service_at_locations?postcode=${fsa}&per_page=200`);
    expect(inArea.contents.every((link) => ((link.location as { id: string }).id && bundle.locations.find((location) => location.id === (link.location as { id: string }).id)!.addresses![0]!.postal_code.startsWith(fsa)))).toBe(true);
    expect(inArea.total_items).toBeGreaterThan(0);
  });

  it('serves the taxonomy and its terms', async () => {
    const taxonomies = await page('/taxonomies');
    expect(problemsOf(hsds3.page(hsds3.taxonomy), taxonomies, 'page')).toEqual([]);
    const terms = await page('/taxonomy_terms?per_page=200');
    expect(problemsOf(hsds3.page(hsds3.taxonomyTerm), terms, 'page')).toEqual([]);
    const top = await page('/taxonomy_terms?top_only=true&per_page=200');
    expect(top.total_items).toBeLessThan(terms.total_items);
    expect(top.contents.every((term) => term.parent_id === undefined)).toBe(true);
  });

  it('is cacheable: an ETag per bundle and query, 304 when the client has it, a new ETag after a publish', async () => {
    const first = await anyone.request('/api/hsds/services?per_page=5');
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(etag).toMatch(/^".+"$/);
    const again = await anyone.request('/api/hsds/services?per_page=5', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const otherQuery = await anyone.request('/api/hsds/services?per_page=6', { headers: { 'If-None-Match': etag } });
    expect(otherQuery.status).toBe(200);
    server.clock.advanceDays(1);
    const admin = (await signInAs(server.app, ctx.db(), { role: 'admin' })).browser;
    const service = server.seed.services.find((candidate) => candidate.organization_id === server.orgB)!;
    expect((await admin.post(`/api/listings/${server.orgB}/verify`, { serviceIds: [service.id] })).status).toBe(201);
    const afterPublish = await anyone.request('/api/hsds/services?per_page=5', { headers: { 'If-None-Match': etag } });
    expect(afterPublish.status).toBe(200);
    expect(afterPublish.headers.get('ETag')).not.toBe(etag);
  });
});
