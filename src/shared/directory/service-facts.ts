/**
 * What filters ask of a service, computed once per directory load so that filtering 60,000
 * services per keystroke is a scan over plain values, not a walk through nested records.
 */
import type { Directory, Location, Service } from '../schema/directory.ts';
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
  /** Mapped sites: one marker each. */
  sites: { locationId: string; point: LngLat }[];
  points: LngLat[];
  /** Weekly hours, parsed once: "open now" is checked for every service on every keystroke. */
  openings: WeeklyOpening[];
}

/** A service is free when it lists no cost above zero: HSDS leaves fees out rather than say "none". */
function isFree(service: Service): boolean {
  return !(service.cost_options ?? []).some((option) => (option.amount ?? 0) > 0);
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
    const schedules = service.schedules ?? [];
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
      primaryCategory: service.attributes?.[0]?.taxonomy_term_id ?? null,
      sites: mapped.map((site) => ({ locationId: site.id, point: [site.longitude!, site.latitude!] as const })),
      points: mapped.map((site) => [site.longitude!, site.latitude!] as const),
      openings: weeklyOpenings(schedules),
    };
  });
}
