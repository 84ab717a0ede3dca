/**
 * What filters ask of a service, computed once per directory load so that filtering 60,000
 * services per keystroke is a scan over plain values, not a walk through nested records.
 */
import type { Directory, Location, Schedule, Service } from '../schema/directory.ts';
import type { Audience, DeliveryMode, ImmigrationStatus } from '../schema/extensions.ts';
import type { LngLat } from '../geo/distance.ts';
import { termWithAncestors } from '../taxonomy/taxonomy.ts';
import { isOpenEvenings, isOpenWeekends, weeklyOpenings, type WeeklyOpening } from '../hours/opening-hours.ts';

export interface ServiceFacts {
  id: string;
  name: string;
  categories: string[];
  languages: string[];
  audiences: Audience[];
  /** `null`: open to every status. */
  statuses: ImmigrationStatus[] | null;
  evenings: boolean;
  weekends: boolean;
  free: boolean;
  delivery: DeliveryMode[];
  wheelchair: boolean;
  /** The service's first category: what colours and icons its markers. */
  primaryCategory: string | null;
  listed: boolean;
  /** Mapped sites: one marker each. */
  sites: { locationId: string; point: LngLat }[];
  points: LngLat[];
  /** Weekly hours, parsed once: "open now" is checked for every service on every keystroke. */
  openings: WeeklyOpening[];
}

/**
 * Free means every listed cost is zero. A cost without an amount ("sliding scale") or no cost
 * listed at all is not promised as free: a newcomer must not be surprised by a bill.
 */
export function isFree(service: Service): boolean {
  const options = service.cost_options ?? [];
  return options.length > 0 && options.every((option) => option.amount === 0);
}

/** The service's main category, the one that colours its marker and labels its card. */
export function primaryCategory(service: Service): string | null {
  return service.attributes?.[0]?.taxonomy_term_id ?? null;
}

/** A service's hours, or its sites' when the listing puts them there (as HSDS allows). */
export function serviceSchedules(service: Service, sites: readonly Location[]): Schedule[] {
  return service.schedules?.length ? service.schedules : sites.flatMap((site) => site.schedules ?? []);
}

/** Services withdrawn from use are kept in the data (history) but never shown. */
export function isListed(service: Service): boolean {
  return service.status === 'active' || service.status === 'temporarily closed';
}

export function categoriesOf(service: Service): string[] {
  const ids = new Set<string>();
  for (const attribute of service.attributes ?? []) {
    for (const id of termWithAncestors(attribute.taxonomy_term_id)) ids.add(id);
  }
  return [...ids];
}

export function locationsByService(directory: Directory): Map<string, Location[]> {
  const locationsById = new Map(directory.locations.map((location) => [location.id, location]));
  const byService = new Map<string, Location[]>();
  for (const link of directory.service_at_locations) {
    const location = locationsById.get(link.location_id);
    if (!location) continue;
    const list = byService.get(link.service_id) ?? [];
    list.push(location);
    byService.set(link.service_id, list);
  }
  return byService;
}

export function computeServiceFacts(directory: Directory): ServiceFacts[] {
  const locations = locationsByService(directory);
  return directory.services.map((service) => {
    const sites = locations.get(service.id) ?? [];
    const mapped = sites.filter((site) => site.latitude != null && site.longitude != null);
    const schedules = serviceSchedules(service, sites);
    return {
      id: service.id,
      name: service.name,
      categories: categoriesOf(service),
      languages: [...new Set((service.languages ?? []).map((language) => language.code).filter((code): code is string => !!code))],
      audiences: service.guichet_eligibility?.audiences ?? [],
      statuses: service.guichet_eligibility?.statuses ?? null,
      evenings: isOpenEvenings(schedules),
      weekends: isOpenWeekends(schedules),
      free: isFree(service),
      delivery: service.guichet_delivery ?? (sites.some((site) => site.location_type === 'virtual') ? ['virtual'] : ['in_person']),
      wheelchair: sites.some((site) => site.guichet_wheelchair_accessible === true),
      primaryCategory: primaryCategory(service),
      listed: isListed(service),
      sites: mapped.map((site) => ({ locationId: site.id, point: [site.longitude!, site.latitude!] as const })),
      points: mapped.map((site) => [site.longitude!, site.latitude!] as const),
      openings: weeklyOpenings(schedules),
    };
  });
}
