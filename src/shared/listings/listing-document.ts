/**
 * One organization's listing: the organization and everything it lists (services, locations,
 * which service is offered where). It is the unit a provider edits, publishes and reverts, and
 * a region's directory bundle is the region plus every organization's live listing.
 */
import { z } from 'zod';
import {
  directoryLocationSchema,
  directoryOrganizationSchema,
  directoryServiceSchema,
  type Directory,
  type Region,
} from '../schema/directory.ts';
import { serviceAtLocationSchema } from '../schema/hsds.ts';

const listingShape = z.object({
  organization: directoryOrganizationSchema,
  services: z.array(directoryServiceSchema),
  locations: z.array(directoryLocationSchema),
  service_at_locations: z.array(serviceAtLocationSchema),
});

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => seen.has(id) || !seen.add(id));
}

/** The listing, checked for what the record schemas cannot see: ids that point inside it. */
export const organizationListingSchema = listingShape.superRefine((listing, context) => {
  const organizationId = listing.organization.id;
  listing.services.forEach((service, index) => {
    if (service.organization_id !== organizationId) {
      context.addIssue({ code: 'custom', path: ['services', index, 'organization_id'], message: `must be ${organizationId}, the listing's organization` });
    }
  });
  listing.locations.forEach((location, index) => {
    if (location.organization_id && location.organization_id !== organizationId) {
      context.addIssue({ code: 'custom', path: ['locations', index, 'organization_id'], message: `must be ${organizationId}, the listing's organization` });
    }
  });
  for (const [table, records] of [
    ['services', listing.services],
    ['locations', listing.locations],
    ['service_at_locations', listing.service_at_locations],
  ] as const) {
    for (const id of duplicates(records.map((record) => record.id))) {
      context.addIssue({ code: 'custom', path: [table], message: `lists ${id} more than once` });
    }
  }
  const serviceIds = new Set(listing.services.map((service) => service.id));
  const locationIds = new Set(listing.locations.map((location) => location.id));
  listing.service_at_locations.forEach((link, index) => {
    if (!serviceIds.has(link.service_id)) context.addIssue({ code: 'custom', path: ['service_at_locations', index, 'service_id'], message: 'must be one of this listing\'s services' });
    if (!locationIds.has(link.location_id)) context.addIssue({ code: 'custom', path: ['service_at_locations', index, 'location_id'], message: 'must be one of this listing\'s locations' });
  });
});

export type OrganizationListing = z.infer<typeof listingShape>;

/**
 * Splits a directory into its organizations' listings. A location without an organization goes
 * to the organization of the first service offered there; one no service uses and no
 * organization claims belongs to nobody, and is dropped (phones would never show it).
 */
export function listingsFromDirectory(directory: Pick<Directory, 'organizations' | 'services' | 'locations' | 'service_at_locations'>): OrganizationListing[] {
  const listings = new Map<string, OrganizationListing>(
    directory.organizations.map((organization) => [organization.id, { organization, services: [], locations: [], service_at_locations: [] }]),
  );
  const serviceOwner = new Map<string, string>();
  for (const service of directory.services) {
    listings.get(service.organization_id)?.services.push(service);
    serviceOwner.set(service.id, service.organization_id);
  }
  const locationOwner = new Map<string, string>();
  for (const link of directory.service_at_locations) {
    const owner = serviceOwner.get(link.service_id);
    if (!owner) continue;
    listings.get(owner)?.service_at_locations.push(link);
    if (!locationOwner.has(link.location_id)) locationOwner.set(link.location_id, owner);
  }
  for (const location of directory.locations) {
    const owner = location.organization_id ?? locationOwner.get(location.id);
    if (owner) listings.get(owner)?.locations.push(location);
  }
  return [...listings.values()];
}

/** The region's directory bundle from its live listings, in the order given. */
export function directoryFromListings(region: Region, listings: readonly OrganizationListing[], version: string, generatedAt: string): Directory {
  return {
    version,
    generated_at: generatedAt,
    region,
    organizations: listings.map((listing) => listing.organization),
    services: listings.flatMap((listing) => listing.services),
    locations: listings.flatMap((listing) => listing.locations),
    service_at_locations: listings.flatMap((listing) => listing.service_at_locations),
  };
}
