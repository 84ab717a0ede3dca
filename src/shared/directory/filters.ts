/**
 * Directory filters. Values inside one group widen the result (English OR French classes);
 * groups narrow it (English classes AND free). Counts per value are computed the way shoppers
 * expect from faceted search: each group's counts ignore that group's own selection.
 */
import type { Audience, ImmigrationStatus } from '../schema/extensions.ts';
import { distanceKm, type LngLat } from '../geo/distance.ts';
import { openStatusOf, wallClock, type WallClock } from '../hours/opening-hours.ts';
import type { ServiceFacts } from './service-facts.ts';

export const timeFilters = ['open_now', 'evenings', 'weekends'] as const;
export type TimeFilter = (typeof timeFilters)[number];
export const featureFilters = ['free', 'virtual', 'phone', 'wheelchair'] as const;
export type FeatureFilter = (typeof featureFilters)[number];

export interface Filters {
  categories: string[];
  languages: string[];
  audiences: Audience[];
  /** The reader's own status: services open to it (or to everyone) remain. */
  status: ImmigrationStatus | null;
  when: TimeFilter[];
  features: FeatureFilter[];
  /** Where distances are measured from: a postal code's FSA centroid or the device. */
  origin: LngLat | null;
  radiusKm: number | null;
}

export const emptyFilters = (): Filters => ({
  categories: [],
  languages: [],
  audiences: [],
  status: null,
  when: [],
  features: [],
  origin: null,
  radiusKm: null,
});

export type FilterGroup = 'categories' | 'languages' | 'audiences' | 'status' | 'when' | 'features' | 'radius';

/** The instant filters are evaluated at, read once in the region's zone for the whole pass. */
export interface FilterContext {
  clock: WallClock;
}

export function filterContextAt(now: Date, timeZone: string): FilterContext {
  return { clock: wallClock(now, timeZone) };
}

/** Nearest site of a service from the origin, `null` when it has no mapped site (online only). */
export function nearestDistanceKm(facts: ServiceFacts, origin: LngLat): number | null {
  let best: number | null = null;
  for (const point of facts.points) {
    const km = distanceKm(origin, point);
    if (best === null || km < best) best = km;
  }
  return best;
}

const anyOf = <T>(selected: readonly T[], values: readonly T[]) => selected.length === 0 || selected.some((value) => values.includes(value));

export function matchesTimeSlot(facts: ServiceFacts, slot: TimeFilter, context: FilterContext): boolean {
  return slot === 'evenings' ? facts.evenings : slot === 'weekends' ? facts.weekends : openStatusOf(facts.openings, context.clock).open;
}

function matchesTime(facts: ServiceFacts, when: readonly TimeFilter[], context: FilterContext): boolean {
  return when.length === 0 || when.some((slot) => matchesTimeSlot(facts, slot, context));
}

export function hasFeature(facts: ServiceFacts, feature: FeatureFilter): boolean {
  return feature === 'free' ? facts.free : feature === 'wheelchair' ? facts.wheelchair : facts.delivery.includes(feature);
}

/** Features narrow each other, unlike other groups: "free and wheelchair accessible" means both. */
function matchesFeatures(facts: ServiceFacts, features: readonly FeatureFilter[]): boolean {
  return features.every((feature) => hasFeature(facts, feature));
}

export function matchesGroup(facts: ServiceFacts, filters: Filters, group: FilterGroup, context: FilterContext): boolean {
  switch (group) {
    case 'categories':
      return anyOf(filters.categories, facts.categories);
    case 'languages':
      return anyOf(filters.languages, facts.languages);
    case 'audiences':
      return anyOf(filters.audiences, facts.audiences);
    case 'status':
      return filters.status === null || facts.statuses === null || facts.statuses.includes(filters.status);
    case 'when':
      return matchesTime(facts, filters.when, context);
    case 'features':
      return matchesFeatures(facts, filters.features);
    case 'radius': {
      if (!filters.origin || filters.radiusKm === null) return true;
      const km = nearestDistanceKm(facts, filters.origin);
      // Online and phone services reach everyone, wherever they live.
      return km === null ? facts.delivery.some((mode) => mode !== 'in_person') : km <= filters.radiusKm;
    }
  }
}

export const filterGroups: readonly FilterGroup[] = ['categories', 'languages', 'audiences', 'status', 'when', 'features', 'radius'];

export function matchesFilters(facts: ServiceFacts, filters: Filters, context: FilterContext, except?: FilterGroup): boolean {
  return filterGroups.every((group) => group === except || matchesGroup(facts, filters, group, context));
}
