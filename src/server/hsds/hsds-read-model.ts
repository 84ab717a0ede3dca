/**
 * The public HSDS API's view of the directory phones get: records shaped as HSDS, and the
 * look-ups its filters need, built once per bundle (a publish makes a new bundle).
 */
import { distanceKm, type LngLat } from '../../shared/geo/distance.ts';
import { parseFsa } from '../../shared/geo/fsa.ts';
import { findRegion } from '../../shared/regions.ts';
import type { Directory, Location, Service } from '../../shared/schema/directory.ts';
import { termWithAncestors } from '../../shared/taxonomy/taxonomy.ts';
import { normalizeText } from '../../shared/text/normalize.ts';
import { hsdsLocation, hsdsOrganization, hsdsService, ordered, type HsdsRecord } from './hsds-records.ts';
import type { ListQuery } from './hsds-query.ts';
import { Refusal } from '../security/refusal.ts';
import { termsById } from './hsds-taxonomy.ts';

/** A list item: the record's own fields, without the lists HSDS nests in the full record. */
const listItem = (record: HsdsRecord): HsdsRecord => Object.fromEntries(Object.entries(record).filter(([, value]) => !Array.isArray(value)));

function searchText(record: { name?: string | null; alternate_name?: string | null; description?: string | null; guichet_translations?: Record<string, Record<string, { text: string }>> }): string {
  const texts = [record.name, record.alternate_name, record.description];
  for (const fields of Object.values(record.guichet_translations ?? {})) for (const field of Object.values(fields)) texts.push(field.text);
  return normalizeText(texts.filter(Boolean).join(' \u0000 '));
}

export class HsdsReadModel {
  readonly servicesById: Map<string, Service>;
  readonly locationsById: Map<string, Location>;
  private readonly serviceText = new Map<string, string>();
  private readonly terms = termsById();

  constructor(readonly directory: Directory) {
    this.servicesById = new Map(directory.services.map((service) => [service.id, service]));
    this.locationsById = new Map(directory.locations.map((location) => [location.id, location]));
  }

  private matchesSearch(service: Service, search: string): boolean {
    let haystack = this.serviceText.get(service.id);
    if (haystack === undefined) {
      haystack = searchText(service);
      this.serviceText.set(service.id, haystack);
    }
    return normalizeText(search).split(' ').every((word) => haystack.includes(word));
  }

  /** Services that pass every filter given, in the directory's order. */
  services(query: ListQuery): Service[] {
    return this.directory.services.filter((service) => {
      if (query.organizationId && service.organization_id !== query.organizationId) return false;
      if (query.taxonomyTermId && !(service.attributes ?? []).some((attribute) => termWithAncestors(attribute.taxonomy_term_id).includes(query.taxonomyTermId!) || attribute.taxonomy_term_id === query.taxonomyTermId)) return false;
      if (query.modifiedAfter !== null) {
        const modified = Date.parse(service.last_modified ?? service.assured_date ?? '');
        if (Number.isNaN(modified) || modified < query.modifiedAfter) return false;
      }
      return !query.search || this.matchesSearch(service, query.search);
    });
  }

  serviceListItem = (service: Service): HsdsRecord => listItem(hsdsService(service));

  /** The service as `/services/{id}` returns it: everything nested, its organization and places. */
  fullService(id: string): HsdsRecord | null {
    const service = this.servicesById.get(id);
    if (!service) return null;
    const organization = this.directory.organizations.find((candidate) => candidate.id === service.organization_id);
    const links = this.directory.service_at_locations.filter((link) => link.service_id === id);
    return {
      ...hsdsService(service, this.terms),
      ...(organization && { organization: hsdsOrganization(organization) }),
      service_at_locations: links.map((link) => {
        const location = this.locationsById.get(link.location_id);
        return { ...ordered('service_at_locations', link), ...(location && { location: hsdsLocation(location) }) };
      }),
    };
  }

  organizations(search: string | null): HsdsRecord[] {
    const words = search ? normalizeText(search).split(' ') : null;
    return this.directory.organizations
      .filter((organization) => {
        const haystack = words ? searchText(organization) : '';
        return !words || words.every((word) => haystack.includes(word));
      })
      .map((organization) => listItem(hsdsOrganization(organization)));
  }

  /** The organization with its places; its services too when asked (`full_service`). */
  fullOrganization(id: string, withServices: boolean): HsdsRecord | null {
    const organization = this.directory.organizations.find((candidate) => candidate.id === id);
    if (!organization) return null;
    const locations = this.directory.locations.filter((location) => location.organization_id === id).map(hsdsLocation);
    const full: HsdsRecord = { ...hsdsOrganization(organization), ...(locations.length > 0 && { locations }) };
    if (withServices) full.services = this.directory.services.filter((service) => service.organization_id === id).map((service) => this.fullService(service.id));
    return full;
  }

  /** Links of the matching services whose place passes the postcode filter. */
  serviceAtLocations(query: ListQuery): HsdsRecord[] {
    const services = new Set(this.services(query).map((service) => service.id));
    const near = this.placeFilter(query);
    return this.directory.service_at_locations
      .filter((link) => services.has(link.service_id))
      .flatMap((link) => {
        const location = this.locationsById.get(link.location_id);
        if (!location || !near(location)) return [];
        return [{ ...ordered('service_at_locations', link), service: this.serviceListItem(this.servicesById.get(link.service_id)!), location: listItem(hsdsLocation(location)) }];
      });
  }

  private placeFilter(query: ListQuery): (location: Location) => boolean {
    if (!query.fsa) return () => true;
    if (query.proximityMetres === null) {
      // Without a distance, the postcode's own area: places whose address is in that FSA.
      return (location) => (location.addresses ?? []).some((address) => parseFsa(address.postal_code) === query.fsa);
    }
    const centroid: LngLat | undefined = findRegion(this.directory.region.id)?.fsaCentroids[query.fsa];
    if (!centroid) throw new Refusal(400, `postcode ${query.fsa} is not in ${this.directory.region.name}, so no distance can be measured from it.`);
    const limitKm = query.proximityMetres / 1000;
    return (location) =>
      typeof location.latitude === 'number' && typeof location.longitude === 'number' && distanceKm(centroid, [location.longitude, location.latitude]) <= limitKm;
  }
}

const models = new WeakMap<Directory, HsdsReadModel>();

/** One model per bundle: built on the first request after a publish, then reused. */
export function readModelOf(directory: Directory): HsdsReadModel {
  let model = models.get(directory);
  if (!model) {
    model = new HsdsReadModel(directory);
    models.set(directory, model);
  }
  return model;
}
