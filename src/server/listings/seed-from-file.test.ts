import { expect, it } from 'vitest';
import { describeOnEngines } from '../db/test-engines.ts';
import { generateDirectory } from '../../cli/generate/generate-directory.ts';
import { publishedDirectory } from './published-directory.ts';
import { seedListingsFromFile } from './seed-from-file.ts';
import type { Db } from './listing-rows.ts';

async function bundleNow(db: Db, regionId: string) {
  const source = await publishedDirectory(db, regionId, { pollMs: 60_000 });
  source.stop();
  return source.current().value;
}

describeOnEngines('the bundle file seeds the listings', (ctx) => {
  const first = generateDirectory({ seed: 11, serviceCount: 30 });

  it('a fresh database takes the whole file, and the same file again changes nothing', async () => {
    const counts = await seedListingsFromFile(ctx.db(), first, 'directory.json', '2026-01-01T00:00:00.000Z');
    expect(counts).toMatchObject({ created: first.organizations.length, updated: 0, withdrawn: 0 });
    expect(await seedListingsFromFile(ctx.db(), first, 'directory.json', '2026-01-02T00:00:00.000Z')).toBeNull();
    const bundle = await bundleNow(ctx.db(), first.region.id);
    expect(bundle.services.map((service) => service.id).sort()).toEqual(first.services.map((service) => service.id).sort());
  });

  it('a new version of the file replaces the region: changed organizations get a version, missing ones leave phones', async () => {
    const [kept, changed, ...dropped] = first.organizations;
    const keptIds = new Set([kept!.id, changed!.id]);
    const second = {
      ...first,
      version: 'second-import',
      organizations: [kept!, { ...changed!, description: 'Moved to a new address' }],
      services: first.services.filter((service) => keptIds.has(service.organization_id)),
      locations: first.locations.filter((location) => keptIds.has(location.organization_id ?? '')),
    };
    const serviceIds = new Set(second.services.map((service) => service.id));
    second.service_at_locations = first.service_at_locations.filter((link) => serviceIds.has(link.service_id));

    const counts = await seedListingsFromFile(ctx.db(), second, 'directory.json', '2026-02-01T00:00:00.000Z');
    expect(counts).toEqual({ created: 0, updated: 1, unchanged: 1, withdrawn: dropped.length });
    const bundle = await bundleNow(ctx.db(), first.region.id);
    expect(bundle.organizations.map((organization) => organization.id).sort()).toEqual([kept!.id, changed!.id].sort());
    expect(bundle.organizations.find((organization) => organization.id === changed!.id)?.description).toBe('Moved to a new address');
  });
});
