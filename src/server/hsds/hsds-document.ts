/**
 * The HSDS 3 JSON export of a region: one document with the HSDS version and profile, the
 * region, and the tables, each record nesting what the HSDS schemas nest (phones, schedules,
 * languages, addresses... inside their parents; the taxonomy term inside each attribute).
 * It is a function of the listings alone (no export time), so the same listings give the same text.
 */
import type { Directory } from '../../shared/schema/directory.ts';
import { guichetExtensions, HSDS_PROFILE, HSDS_VERSION } from './hsds-profile.ts';
import { hsdsLocation, hsdsOrganization, hsdsService, ordered, type HsdsRecord } from './hsds-records.ts';
import { hsdsTaxonomies, hsdsTaxonomyTerms, termsById } from './hsds-taxonomy.ts';

export interface HsdsDocument {
  version: string;
  profile: string;
  /** Extension fields found in this document; every one is prefixed `guichet_`. */
  guichet_extensions: string[];
  guichet_region: Directory['region'];
  organizations: HsdsRecord[];
  services: HsdsRecord[];
  locations: HsdsRecord[];
  service_at_locations: HsdsRecord[];
  taxonomies: HsdsRecord[];
  taxonomy_terms: HsdsRecord[];
}

export type DirectoryTables = Pick<Directory, 'region' | 'organizations' | 'services' | 'locations' | 'service_at_locations'>;

export function hsdsDocument(directory: DirectoryTables): HsdsDocument {
  const terms = termsById();
  return {
    version: HSDS_VERSION,
    profile: HSDS_PROFILE,
    guichet_extensions: guichetExtensions.map((extension) => extension.name),
    guichet_region: directory.region,
    organizations: directory.organizations.map(hsdsOrganization),
    services: directory.services.map((service) => hsdsService(service, terms)),
    locations: directory.locations.map(hsdsLocation),
    service_at_locations: directory.service_at_locations.map((link) => ordered('service_at_locations', link)),
    taxonomies: hsdsTaxonomies(),
    taxonomy_terms: hsdsTaxonomyTerms(),
  };
}

/** Compact: a large region is hundreds of megabytes, and indentation would add a third. */
export const hsdsJsonText = (directory: DirectoryTables): string => `${JSON.stringify(hsdsDocument(directory))}\n`;
