/** Counts per filter value, so a reader sees before tapping how many services each choice leaves. */
import { audiences, immigrationStatuses } from '../schema/vocabularies.ts';
import { featureFilters, matchesFilters, timeFilters, type FilterContext, type FilterGroup, type Filters } from './filters.ts';
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

/** Counts over `pool` (the services the query matched), each group ignoring its own selection. */
export function countFacets(facts: readonly ServiceFacts[], pool: Iterable<number>, filters: Filters, context: FilterContext): FacetCounts {
  const counts: FacetCounts = { categories: {}, languages: {}, audiences: {}, status: {}, when: {}, features: {} };
  const passesOthers = (service: ServiceFacts, group: FilterGroup) => matchesFilters(service, filters, context, group);
  for (const index of pool) {
    const service = facts[index]!;
    if (passesOthers(service, 'categories')) for (const id of service.categories) increment(counts.categories, id);
    if (passesOthers(service, 'languages')) for (const code of service.languages) increment(counts.languages, code);
    if (passesOthers(service, 'audiences')) for (const audience of service.audiences) increment(counts.audiences, audience);
    if (passesOthers(service, 'status')) {
      for (const status of immigrationStatuses) if (service.statuses === null || service.statuses.includes(status)) increment(counts.status, status);
    }
    if (passesOthers(service, 'when')) {
      for (const slot of timeFilters) if (matchesFilters(service, { ...filters, when: [slot] }, context)) increment(counts.when, slot);
    }
    // Features combine with AND, so each count answers "how many if I also tick this one".
    if (matchesFilters(service, filters, context, 'features')) {
      for (const feature of featureFilters) {
        if (matchesFilters(service, { ...filters, features: [...new Set([...filters.features, feature])] }, context)) increment(counts.features, feature);
      }
    }
  }
  for (const audience of audiences) counts.audiences[audience] ??= 0;
  return counts;
}
