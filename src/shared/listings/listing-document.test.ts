import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../cli/generate/generate-directory.ts';
import { directoryFromListings, listingsFromDirectory, organizationListingSchema } from './listing-document.ts';
import { listingChanges } from './listing-changes.ts';

const directory = generateDirectory({ seed: 3, serviceCount: 40 });

describe('organization listings', () => {
  it('a directory split into listings and joined again has the same records', () => {
    const listings = listingsFromDirectory(directory);
    expect(listings).toHaveLength(directory.organizations.length);
    const joined = directoryFromListings(directory.region, listings, directory.version, directory.generated_at);
    const ids = (records: Array<{ id: string }>) => records.map((record) => record.id).sort();
    expect(ids(joined.services)).toEqual(ids(directory.services));
    expect(ids(joined.locations)).toEqual(ids(directory.locations));
    expect(ids(joined.service_at_locations)).toEqual(ids(directory.service_at_locations));
    for (const listing of listings) expect(organizationListingSchema.safeParse(listing).success).toBe(true);
  });

  it('refuses a listing whose links point outside it, naming the field', () => {
    const [listing] = listingsFromDirectory(directory);
    const broken = {
      ...listing!,
      services: [{ ...listing!.services[0]!, organization_id: 'someone-else' }, ...listing!.services.slice(1)],
      service_at_locations: [...listing!.service_at_locations, { id: 'link-x', service_id: listing!.services[0]!.id, location_id: 'nowhere' }],
    };
    const parsed = organizationListingSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('services.0.organization_id');
    expect(paths).toContain(`service_at_locations.${broken.service_at_locations.length - 1}.location_id`);
  });
});

describe('listing changes', () => {
  const [listing] = listingsFromDirectory(directory);

  it('names each changed field once, translations by language', () => {
    const service = listing!.services[0]!;
    const after = {
      ...listing!,
      services: [{ ...service, description: 'New words', guichet_translations: { ...service.guichet_translations, ar: { ...service.guichet_translations?.ar, name: { text: 'اسم', machine: true } } } }, ...listing!.services.slice(1)],
    };
    const changes = listingChanges(listing!, after);
    expect(changes.map((change) => `${change.record}:${change.id}:${change.field}`)).toEqual([`service:${service.id}:description`, `service:${service.id}:guichet_translations.ar.name`]);
    expect(changes[1]!.after).toEqual({ text: 'اسم', machine: true });
  });

  it('reports added and removed services and nothing for an identical listing', () => {
    expect(listingChanges(listing!, structuredClone(listing!))).toEqual([]);
    const fewer = { ...listing!, services: listing!.services.slice(1), service_at_locations: listing!.service_at_locations.filter((link) => link.service_id !== listing!.services[0]!.id) };
    expect(listingChanges(listing!, fewer).map((change) => change.field)).toEqual(['removed']);
    expect(listingChanges(null, listing!)[0]).toMatchObject({ record: 'organization', field: 'added' });
  });
});

describe('what counts as a change', () => {
  it('an empty list, null and a missing field are the same "not given"', () => {
    const [listing] = listingsFromDirectory(directory);
    const service = listing!.services[0]!;
    const rewritten = { ...listing!, services: [{ ...service, phones: [], alert: null, required_documents: service.required_documents ?? [] }, ...listing!.services.slice(1)] };
    const plain = { ...listing!, services: [{ ...service, phones: undefined, alert: undefined }, ...listing!.services.slice(1)] };
    expect(listingChanges(plain, rewritten)).toEqual([]);
  });
});
