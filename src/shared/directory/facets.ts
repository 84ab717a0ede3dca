/** Counts per filter value, so a reader sees before tapping how many services each choice leaves. */
import { audiences, immigrationStatuses } from '../schema/vocabularies.ts';
import {
  featureFilters,
  filterGroups,
  hasFeature,
  matchesGroup,
  matchesTimeSlot,
  timeFilters,
  type FilterContext,
  type FilterGroup,
  type Filters,
} from './filters.ts';
import type { ServiceFacts } from './service-facts.ts';

export interface FacetCounts {
  categories: Record<string, number>;
  languages: Record<string, number>;
  audiences: Record<string, number>;
  status: Record<string, number>;
  when: Record<string, number>;
  features: Record<string, number>;
}

const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Counts over `pool` (the services the query matched), each group ignoring its own selection.
 * Each group is checked once per service: a service counts for a group when every other group
 * passes, which is "no group fails" or "only this group fails".
 */
export function countFacets(facts: readonly ServiceFacts[], pool: Iterable<number>, filters: Filters, context: FilterContext): FacetCounts {
  const counts: FacetCounts = { categories: {}, languages: {}, audiences: {}, status: {}, when: {}, features: {} };
  for (const index of pool) {
    const service = facts[index]!;
    let failed: FilterGroup | null = null;
    let failures = 0;
    for (const group of filterGroups) {
      if (!matchesGroup(service, filters, group, context)) {
        failed = group;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const othersPass = (group: FilterGroup) => failures === 0 || failed === group;

    if (othersPass('categories')) for (const id of service.categories) increment(counts.categories, id);
    if (othersPass('languages')) for (const code of service.languages) increment(counts.languages, code);
    if (othersPass('audiences')) for (const audience of service.audiences) increment(counts.audiences, audience);
    if (othersPass('status')) {
      for (const status of immigrationStatuses) if (service.statuses === null || service.statuses.includes(status)) increment(counts.status, status);
    }
    if (othersPass('when')) for (const slot of timeFilters) if (matchesTimeSlot(service, slot, context)) increment(counts.when, slot);
    // Features combine with AND, so each count answers "how many if I also tick this one".
    if (failures === 0) for (const feature of featureFilters) if (hasFeature(service, feature)) increment(counts.features, feature);
  }
  for (const audience of audiences) counts.audiences[audience] ??= 0;
  return counts;
}
