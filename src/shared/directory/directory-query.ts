/**
 * One search as the reader sees it: the query ranks, filters narrow, facets count, the order
 * is chosen. Pure, so it runs in the search worker and in tests alike.
 */
import type { Directory } from '../schema/directory.ts';
import type { LngLat } from '../geo/distance.ts';
import { buildSearchIndex, searchServices, suggestCorrections, type SearchIndex } from '../search/index.ts';
import { countFacets, type FacetCounts } from './facets.ts';
import { filterContextAt, matchesFilters, nearestDistanceKm, type Filters } from './filters.ts';
import { computeServiceFacts, type ServiceFacts } from './service-facts.ts';
import type { SearchState } from './search-state.ts';

export interface DirectoryEngine {
  facts: ServiceFacts[];
  index: SearchIndex;
  timeZone: string;
  /** Positions of services in name order: the order of an empty query. */
  byName: number[];
}

export interface DirectoryQuery {
  state: SearchState;
  /** Resolved by the caller from the typed FSA or the device's location. */
  origin: LngLat | null;
  now: number;
  limit: number;
  /** Also return every mapped site of every matching service (the map shows all, not a page). */
  withSites?: boolean;
}

/** One marker: a site of a matching service. */
export interface ResultSite {
  serviceId: string;
  locationId: string;
  category: string | null;
  point: LngLat;
}

export interface DirectoryResult {
  ids: string[];
  /** Km from the origin to each returned service's nearest site, when an origin is known. */
  distances: Record<string, number>;
  total: number;
  /** How many services the query matched before filters: tells "no such word" from "filtered out". */
  queryTotal: number;
  counts: FacetCounts;
  suggestions: string[];
  sites: ResultSite[];
}

export function createDirectoryEngine(directory: Directory): DirectoryEngine {
  const facts = computeServiceFacts(directory);
  const byName = facts.map((_, i) => i).sort((a, b) => facts[a]!.name.localeCompare(facts[b]!.name));
  return { facts, index: buildSearchIndex(directory), timeZone: directory.region.timezone, byName };
}

function sitesOf(facts: ServiceFacts): ResultSite[] {
  return facts.sites.map((site) => ({ serviceId: facts.id, locationId: site.locationId, category: facts.primaryCategory, point: site.point }));
}

function filtersOf(state: SearchState, origin: LngLat | null): Filters {
  return {
    categories: state.categories,
    languages: state.languages,
    audiences: state.audiences,
    status: state.status,
    when: state.when,
    features: state.features,
    origin,
    radiusKm: state.radiusKm,
  };
}

export function runDirectoryQuery(engine: DirectoryEngine, { state, origin, now, limit, withSites = false }: DirectoryQuery): DirectoryResult {
  // Untrimmed: a trailing space tells the engine the last word is complete, not a prefix.
  const query = state.query.trim() ? state.query : '';
  const pool = (query ? searchServices(engine.index, query, { limit: engine.facts.length }).hits.map((hit) => hit.serviceIndex) : engine.byName).filter(
    (i) => engine.facts[i]!.listed,
  );
  const filters = filtersOf(state, origin);
  const context = filterContextAt(new Date(now), engine.timeZone);
  let matching = pool.filter((i) => matchesFilters(engine.facts[i]!, filters, context));

  const distanceOf = new Map<number, number>();
  if (origin) {
    for (const i of matching) {
      const km = nearestDistanceKm(engine.facts[i]!, origin);
      if (km !== null) distanceOf.set(i, km);
    }
  }
  if (state.sort === 'distance' && origin) {
    // Services with no site (online, phone) come after every mapped one, in relevance order.
    matching = [...matching].sort((a, b) => (distanceOf.get(a) ?? Infinity) - (distanceOf.get(b) ?? Infinity));
  } else if (state.sort === 'name' && query) {
    matching = [...matching].sort((a, b) => engine.facts[a]!.name.localeCompare(engine.facts[b]!.name));
  }

  const page = matching.slice(0, limit);
  const distances: Record<string, number> = {};
  for (const i of page) {
    const km = distanceOf.get(i);
    if (km !== undefined) distances[engine.facts[i]!.id] = km;
  }
  return {
    ids: page.map((i) => engine.facts[i]!.id),
    distances,
    total: matching.length,
    queryTotal: pool.length,
    counts: countFacets(engine.facts, pool, filters, context),
    // Offered whenever the reader is left with nothing, typo or not: a respelling may widen the search.
    suggestions: query && matching.length === 0 ? suggestCorrections(engine.index, query) : [],
    sites: withSites ? matching.flatMap((i) => sitesOf(engine.facts[i]!)) : [],
  };
}
