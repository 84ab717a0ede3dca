/**
 * A provider's edit from draft to phones: saved drafts, field errors, publishing (a new
 * version, a new bundle and ETag), the history's readable changes, revert, "still correct",
 * and the LIP's review of a new organization's first publication.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';
import { signInAs } from '../../tests-api/api-test-kit.ts';
import { startListingServer, type ListingTestServer } from '../../listings/test-support.ts';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import type { ListingChange } from '../../../shared/listings/listing-changes.ts';

interface Editable {
  document: OrganizationListing;
  liveVersion: number | null;
  latestVersion: number;
  draft: { baseVersion: number | null } | null;
}

describeOnEngines('publishing a listing', (ctx) => {
  let server: ListingTestServer;
  let staff: TestBrowser;
  let coordinator: TestBrowser;

  beforeAll(async () => {
    server = await startListingServer(ctx.database());
    staff = (await signInAs(server.app, ctx.db(), { role: 'staff', organizationIds: [server.orgA] })).browser;
    coordinator = (await signInAs(server.app, ctx.db(), { role: 'coordinator', regionId: server.regionId })).browser;
  });

  const open = async (org = server.orgA) => (await (await staff.request(`/api/listings/${org}`)).json()) as Editable;
  const saveDraft = (document: OrganizationListing, baseVersion: number | null, browser = staff) =>
    browser.request(`/api/listings/${document.organization.id}/draft`, { method: 'PUT', json: { document, baseVersion } });
  const publish = (org = server.orgA, browser = staff) => browser.post(`/api/listings/${org}/publish`);
  const serviceIn = (directory: { services: OrganizationListing['services'] }, id: string) => directory.services.find((service) => service.id === id)!;

  /** The first service of A with its weekly hours moved to the evening. */
  function withEveningHours(listing: OrganizationListing): OrganizationListing {
    const [first, ...rest] = listing.services;
    const schedule = { id: `${first!.id}-evening`, service_id: first!.id, freq: 'WEEKLY' as const, byday: 'TU,TH', opens_at: '18:00', closes_at: '21:00' };
    return { ...listing, services: [{ ...first!, schedules: [schedule] }, ...rest] };
  }

  it('a published edit is a new version, and the next bundle phones download carries it under a new ETag', async () => {
    const before = await open();
    const etagBefore = (await staff.request('/api/directory')).headers.get('ETag');
    const edited = withEveningHours(before.document);
    expect((await saveDraft(edited, before.latestVersion)).status).toBe(200);
    const reopened = await open();
    expect(reopened.draft?.baseVersion).toBe(before.latestVersion);
    expect(reopened.document.services[0]!.schedules).toEqual(edited.services[0]!.schedules);
    // Not on phones until published.
    expect(serviceIn(await server.bundle(), edited.services[0]!.id).schedules).toEqual(before.document.services[0]!.schedules);

    const published = await publish();
    expect(published.status).toBe(201);
    const { version, reviewState } = (await published.json()) as { version: number; reviewState: string };
    expect(version).toBe(before.latestVersion + 1);
    expect(reviewState).toBe('live');

    const bundled = serviceIn(await server.bundle(), edited.services[0]!.id);
    expect(bundled.schedules).toEqual(edited.services[0]!.schedules);
    // Publishing a service verifies it, today, without showing phones who did.
    expect(bundled.assured_date).toBe('2026-06-01');
    expect(bundled).not.toHaveProperty('assurer_email');
    expect((await staff.request('/api/directory')).headers.get('ETag')).not.toBe(etagBefore);
    expect((await open()).draft).toBeNull();
  });

  it('the history says who published what, field by field', async () => {
    const { versions } = (await (await staff.request(`/api/listings/${server.orgA}/versions`)).json()) as {
      versions: Array<{ version: number; action: string; publishedBy: string; changes: ListingChange[] }>;
    };
    const [latest] = versions;
    expect(latest!.action).toBe('publish');
    expect(latest!.publishedBy).toBe('Test Person');
    expect(latest!.changes.map((change) => change.field)).toEqual(expect.arrayContaining(['schedules', 'assured_date']));
  });

  it('publishing again with no draft, or with nothing changed, is refused and writes nothing', async () => {
    const before = await open();
    expect((await publish()).status).toBe(409);
    await saveDraft(before.document, before.latestVersion);
    const same = await publish();
    expect(same.status).toBe(409);
    expect(((await same.json()) as { error: string }).error).toMatch(/nothing to publish/);
    expect((await open()).latestVersion).toBe(before.latestVersion);
  });

  it('a draft with wrong fields is refused with each field\'s path, and the saved draft is untouched', async () => {
    const before = await open();
    const broken = withEveningHours(before.document);
    broken.services[0]!.schedules![0]!.opens_at = '25:99';
    broken.services[0]!.name = '';
    const response = await saveDraft(broken, before.draft?.baseVersion ?? before.latestVersion);
    expect(response.status).toBe(400);
    const { fields } = (await response.json()) as { fields: Array<{ path: string; code: string }> };
    expect(fields.map((field) => field.path)).toEqual(expect.arrayContaining(['services.0.name', 'services.0.schedules.0.opens_at']));
    expect((await open()).document).toEqual(before.document);
  });

  it('revert publishes an earlier version\'s content again, as a new version', async () => {
    const { versions } = (await (await staff.request(`/api/listings/${server.orgA}/versions`)).json()) as { versions: Array<{ version: number; action: string }> };
    const imported = versions.find((entry) => entry.action === 'import')!;
    const original = (await (await staff.request(`/api/listings/${server.orgA}/versions/${imported.version}`)).json()) as { document: OrganizationListing };
    const latest = (await open()).latestVersion;

    const reverted = await staff.post(`/api/listings/${server.orgA}/versions/${imported.version}/revert`);
    expect(reverted.status).toBe(201);
    expect(((await reverted.json()) as { version: number }).version).toBe(latest + 1);
    const first = original.document.services[0]!;
    expect(serviceIn(await server.bundle(), first.id).schedules).toEqual(first.schedules);
    const history = (await (await staff.request(`/api/listings/${server.orgA}/versions`)).json()) as { versions: Array<{ action: string; restoredVersion: number | null }> };
    expect(history.versions[0]).toMatchObject({ action: 'revert', restoredVersion: imported.version });
  });

  it('a draft started before someone else published cannot be published over it, and is kept', async () => {
    await staff.request(`/api/listings/${server.orgA}/draft`, { method: 'DELETE' });
    const before = await open();
    const edited = withEveningHours(before.document);
    expect((await saveDraft(edited, before.latestVersion)).status).toBe(200);
    // Meanwhile the LIP restores the version before the revert.
    expect((await coordinator.post(`/api/listings/${server.orgA}/versions/${before.latestVersion - 1}/revert`)).status).toBe(201);

    const refused = await publish();
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { conflict?: boolean }).conflict).toBe(true);
    const after = await open();
    expect(after.latestVersion).toBe(before.latestVersion + 1);
    expect(after.document.services[0]!.schedules).toEqual(edited.services[0]!.schedules);
  });

  it('"still correct" verifies chosen services today as a new version, and phones see the date', async () => {
    server.clock.advanceDays(10);
    // Ten days on, the session has ended: sign in again.
    staff = (await signInAs(server.app, ctx.db(), { role: 'staff', organizationIds: [server.orgA] })).browser;
    const listing = (await open()).document;
    const ids = listing.services.map((service) => service.id);
    const response = await staff.post(`/api/listings/${server.orgA}/verify`, { serviceIds: ids });
    expect(response.status).toBe(201);
    const bundle = await server.bundle();
    for (const id of ids) expect(serviceIn(bundle, id).assured_date).toBe('2026-06-11');
    expect((await staff.post(`/api/listings/${server.orgA}/verify`, { serviceIds: ['not-a-service'] })).status).toBe(400);
  });
});

describeOnEngines('the LIP reviews a new organization\'s first publication', (ctx) => {
  let server: ListingTestServer;
  let coordinator: TestBrowser;

  beforeAll(async () => {
    server = await startListingServer(ctx.database());
    coordinator = (await signInAs(server.app, ctx.db(), { role: 'coordinator', regionId: server.regionId })).browser;
  });

  describe('with review on', () => {
    it('the first publication waits until the LIP approves it, then reaches phones', async () => {
      expect((await coordinator.request(`/api/regions/${server.regionId}/listing-settings`, { method: 'PUT', json: { reviewFirstPublications: true } })).status).toBe(200);
      expect((await coordinator.post('/api/listings', { regionId: server.regionId, organizationId: 'org-new', name: 'New Welcome Centre' })).status).toBe(201);
      expect((await coordinator.post('/api/listings', { regionId: server.regionId, organizationId: 'org-new', name: 'Again' })).status).toBe(409);
      const refused = await coordinator.post('/api/listings', { regionId: server.regionId, organizationId: 'no spaces please', name: '' });
      expect(refused.status).toBe(400);
      const { fields } = (await refused.json()) as { fields: Array<{ path: string; code: string }> };
      expect(fields.map((field) => field.path).sort()).toEqual(['name', 'organizationId']);
      const staff = (await signInAs(server.app, ctx.db(), { role: 'staff', organizationIds: [server.orgA] })).browser;
      // Staff of another organization cannot publish the newcomer's listing.
      expect((await staff.post('/api/listings/org-new/publish')).status).toBe(403);

      const published = await coordinator.post('/api/listings/org-new/publish');
      expect(published.status).toBe(201);
      const { version, reviewState } = (await published.json()) as { version: number; reviewState: string };
      expect(reviewState).toBe('pending');
      expect((await server.bundle()).organizations.map((organization) => organization.id)).not.toContain('org-new');

      expect((await coordinator.post(`/api/listings/org-new/versions/${version}/review`, { decision: 'approve' })).status).toBe(200);
      expect((await server.bundle()).organizations.map((organization) => organization.id)).toContain('org-new');
      // An organization already live publishes without waiting.
      expect((await coordinator.post(`/api/listings/org-new/versions/${version}/review`, { decision: 'approve' })).status).toBe(409);
    });
  });
});
