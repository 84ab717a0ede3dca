import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../cli/generate/generate-directory.ts';
import { listingsFromDirectory, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import { IncrementalBundle } from './incremental-bundle.ts';

const directory = generateDirectory({ seed: 5, serviceCount: 400 });
const sorted = (listings: OrganizationListing[]) => [...listings].sort((a, b) => (a.organization.id < b.organization.id ? -1 : 1));
const head = (version: string) => ({ version, generatedAt: '2026-06-01T00:00:00.000Z', region: directory.region });

/** What a phone reads: the gzip body unpacked and parsed. */
const unpacked = (gzipped: Buffer) => JSON.parse(gunzipSync(gzipped).toString('utf8')) as unknown;

describe('the bundle rebuilt piece by piece', () => {
  const listings = sorted(listingsFromDirectory(directory));

  it('unpacks to the same directory as its plain JSON and its value', async () => {
    const bundle = await new IncrementalBundle().build(listings, null, head('r1'));
    expect(listings.length).toBeGreaterThan(64 * 2);
    expect(unpacked(bundle.gzipped)).toEqual(JSON.parse(bundle.json));
    expect(JSON.parse(bundle.json)).toEqual(bundle.value);
    expect(bundle.value.services).toHaveLength(directory.services.length);
  });

  it('after a change, an addition and a removal, still unpacks to exactly the new directory', async () => {
    const builder = new IncrementalBundle();
    const first = await builder.build(listings, null, head('r1'));
    const [changed, removed] = [listings[3]!, listings[100]!];
    const added: OrganizationListing = { organization: { id: 'org-zz-new', name: 'Late Arrival Centre' }, services: [], locations: [], service_at_locations: [] };
    const next = sorted([
      ...listings.filter((listing) => listing !== changed && listing !== removed),
      { ...changed, organization: { ...changed.organization, description: 'Now on the second floor' } },
      added,
    ]);
    const second = await builder.build(next, new Set([changed.organization.id, removed.organization.id, added.organization.id]), head('r2'));

    const fresh = await new IncrementalBundle().build(next, null, head('r2'));
    expect(unpacked(second.gzipped)).toEqual(unpacked(fresh.gzipped));
    expect(unpacked(second.gzipped)).toEqual(second.value);
    expect(second.etag).not.toBe(first.etag);
  });

  it('keeps its ETag when only the version and build time differ', async () => {
    const builder = new IncrementalBundle();
    const first = await builder.build(listings, null, head('r1'));
    const again = await builder.build(listings, new Set(), { ...head('r2'), generatedAt: '2026-07-01T00:00:00.000Z' });
    expect(again.etag).toBe(first.etag);
  });
});
