/**
 * Importer for IRCC's newcomer services finder file (`services-info-*.js`). Each site becomes a
 * location with its address and phone, under one organization per provider name (a provider
 * with several sites keeps one organization), and one service per kind of help it offers.
 * English is the source text; French values that differ become `fr` translations.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Location, Organization } from '../../shared/schema/directory.ts';
import { directoryLocationSchema, directoryOrganizationSchema, directoryServiceSchema } from '../../shared/schema/directory.ts';
import { serviceAtLocationSchema } from '../../shared/schema/hsds.ts';
import type { Translations } from '../../shared/schema/extensions.ts';
import { formatPostalCode } from '../../shared/geo/fsa.ts';
import { distanceKm, type LngLat } from '../../shared/geo/distance.ts';
import { buildSiteServices, readSiteOffer } from './ircc-services.ts';
import { parseCoordinate, presentText, provinceCode, readIrccSites, splitTelephone, type BilingualText, type ReadSite } from './ircc-site.ts';
import { emptyRecords, stableId, type ImportResult } from './records.ts';
import type { KnownRegion } from '../../shared/regions.ts';
import { ImportReport, type RowOrigin } from './report.ts';
import { validateRecord } from './validate.ts';

/**
 * London's FSAs are 2 to 6 km across, and every site of the 2022 file whose address matches
 * its postal code lies within 3 km of the FSA's centre; 5 km flags only real mismatches.
 */
const FAR_FROM_POSTAL_AREA_KM = 5;
/** For postal codes outside the region's known FSAs, only a gross error is worth a warning. */
const FAR_FROM_REGION_KM = 80;

export interface IrccImportOptions {
  region: KnownRegion;
}

/** `{ fr: { field: text } }` for the fields whose French differs from the English. */
function frenchTranslations(fields: Record<string, BilingualText>): Translations | undefined {
  const french: Record<string, { text: string; machine: boolean }> = {};
  for (const [field, value] of Object.entries(fields)) {
    const en = presentText(value?.en);
    const fr = presentText(value?.fr);
    if (fr && fr !== en) french[field] = { text: fr, machine: false };
  }
  return Object.keys(french).length > 0 ? { fr: french } : undefined;
}

function readCoordinates({ origin, site }: ReadSite, postalCode: string, options: IrccImportOptions, report: ImportReport): LngLat | null {
  const longitude = parseCoordinate(site.Coordinates?.Longitude);
  const latitude = parseCoordinate(site.Coordinates?.Latitude);
  if (longitude === null || latitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    const given = JSON.stringify([site.Coordinates?.Longitude ?? '', site.Coordinates?.Latitude ?? '']);
    report.warning(origin, 'Coordinates', `no usable longitude and latitude (${given}); the site will not appear on the map`);
    return null;
  }
  const point: LngLat = [longitude, latitude];
  const fsa = postalCode.slice(0, 3);
  const fsaCentre = options.region.fsaCentroids[fsa];
  if (fsaCentre) {
    const km = distanceKm(point, fsaCentre);
    if (km > FAR_FROM_POSTAL_AREA_KM) {
      report.warning(origin, 'Coordinates', `${latitude}, ${longitude} is ${km.toFixed(1)} km from postal area ${fsa}; check the address, postal code and coordinates`);
    }
  } else {
    const km = distanceKm(point, options.region.region.center);
    if (km > FAR_FROM_REGION_KM) {
      report.warning(origin, 'Coordinates', `${latitude}, ${longitude} is ${km.toFixed(0)} km from the centre of ${options.region.region.name}`);
    }
  }
  return point;
}

function buildLocation(read: ReadSite, ids: { location: string; organization: string }, postalCode: string, province: string, point: LngLat | null): Location {
  const { site } = read;
  const telephone = presentText(site.Telephone?.en);
  const location: Location = {
    id: ids.location,
    location_type: 'physical',
    organization_id: ids.organization,
    name: site.Type.en,
    description: presentText(site.Note?.en),
    longitude: point?.[0],
    latitude: point?.[1],
    addresses: [
      {
        id: stableId('ircc-address', ids.location),
        location_id: ids.location,
        address_1: site.Address.en,
        city: site.City.en,
        state_province: province,
        postal_code: postalCode,
        country: 'CA',
        address_type: 'physical',
      },
    ],
    guichet_source_language: 'en',
  };
  if (telephone) {
    location.phones = [{ id: stableId('ircc-phone', ids.location), location_id: ids.location, type: 'voice', ...splitTelephone(telephone) }];
  }
  const translations = frenchTranslations({ name: site.Type, description: site.Note, address_1: site.Address, city: site.City });
  if (translations) location.guichet_translations = translations;
  return location;
}

function buildOrganization(read: ReadSite, id: string): Organization {
  const { site } = read;
  const organization: Organization = {
    id,
    name: site.Type.en,
    website: presentText(site.Website?.en),
    email: presentText(site.Email?.en),
    guichet_source_language: 'en',
  };
  const translations = frenchTranslations({ name: site.Type, website: site.Website });
  if (translations) organization.guichet_translations = translations;
  return organization;
}

/** Reports what makes a site unusable; the postal code and province code when it is usable. */
function checkSite({ origin, site }: ReadSite, report: ImportReport): { postalCode: string; province: string } | null {
  const postalCode = formatPostalCode(site.Postal.en);
  const province = provinceCode(site.Province.en);
  if (!postalCode) report.error(origin, 'Postal.en', `"${site.Postal.en}" is not a Canadian postal code (like N6A 3N7)`);
  if (!province) report.error(origin, 'Province.en', `"${site.Province.en}" is not a Canadian province or territory`);
  return postalCode && province ? { postalCode, province } : null;
}

/** Maps the sites to directory records; invalid sites are reported and left out. */
export function importIrccSource(source: string, file: string, options: IrccImportOptions): ImportResult {
  const report = new ImportReport();
  const records = emptyRecords();
  const organizationsByName = new Map<string, Organization>();
  const rowsByLocation = new Map<string, number | null>();
  const unknownFlags = new Set<string>();

  for (const read of readIrccSites(source, file, report)) {
    const { origin, site } = read;
    const errorsBefore = report.errors.length;
    const checked = checkSite(read, report);
    if (!checked) {
      report.skip(origin, `site "${site.Type.en}"`, 'invalid row');
      continue;
    }
    const nameKey = site.Type.en.toLowerCase().replace(/\s+/g, ' ');
    const organizationId = stableId('ircc-organization', nameKey);
    const locationId = stableId('ircc-location', nameKey, checked.postalCode);
    if (rowsByLocation.has(locationId)) {
      // Same provider at the same postal code: a repeated entry, which would repeat its ids.
      report.warning(origin, 'Type.en', `repeats row ${rowsByLocation.get(locationId)} (same name and postal code); skipped`);
      report.skip(origin, `site "${site.Type.en}"`, 'repeated site');
      continue;
    }
    const point = readCoordinates(read, checked.postalCode, options, report);
    const offer = readSiteOffer(site.Services, origin, report, unknownFlags);
    if (offer.terms.length === 0) report.warning(origin, 'Services', 'no service flag is "yes"; the site is listed without services');

    const newOrganization = organizationsByName.has(nameKey) ? null : buildOrganization(read, organizationId);
    const location = buildLocation(read, { location: locationId, organization: organizationId }, checked.postalCode, checked.province, point);
    const { services, links } = buildSiteServices(offer, {
      organizationId,
      locationId,
      website: presentText(site.Website?.en),
      websiteFr: presentText(site.Website?.fr),
      email: presentText(site.Email?.en),
    });

    // Whatever the mapping produced must satisfy the directory schema like any other import.
    const at = (path: string): RowOrigin => ({ ...origin, path });
    const organization = newOrganization && validateRecord(directoryOrganizationSchema, newOrganization, at('organization'), report);
    const validLocation = validateRecord(directoryLocationSchema, location, at('location'), report);
    const validServices = services.map((service, index) => validateRecord(directoryServiceSchema, service, at(`services[${index}]`), report));
    const validLinks = links.map((link, index) => validateRecord(serviceAtLocationSchema, link, at(`service_at_locations[${index}]`), report));
    if (report.errors.length > errorsBefore || !validLocation) {
      report.skip(origin, `site "${site.Type.en}"`, 'invalid row');
      continue;
    }
    if (organization) {
      organizationsByName.set(nameKey, organization);
      records.organizations.push(organization);
    }
    rowsByLocation.set(locationId, origin.row);
    records.locations.push(validLocation);
    records.services.push(...validServices.filter((service) => service !== null));
    records.service_at_locations.push(...validLinks.filter((link) => link !== null));
  }
  return { records, report };
}

export async function importIrccFile(filePath: string, options: IrccImportOptions): Promise<ImportResult> {
  return importIrccSource(await readFile(filePath, 'utf8'), basename(filePath), options);
}
