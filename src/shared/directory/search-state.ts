/**
 * The search a reader is looking at, as it lives in the URL: shareable, bookmarkable, and the
 * back button returns to the previous search. Unknown or malformed values are dropped, never
 * trusted: a shared link is user input.
 */
import { audiences, immigrationStatuses, type Audience, type ImmigrationStatus } from '../schema/vocabularies.ts';
import { parseFsa } from '../geo/fsa.ts';
import { featureFilters, timeFilters, type FeatureFilter, type TimeFilter } from './filters.ts';

export const sortOrders = ['relevance', 'distance', 'name'] as const;
export type SortOrder = (typeof sortOrders)[number];
export const radiusChoicesKm = [1, 2, 5, 10, 25] as const;
export const resultViews = ['list', 'map'] as const;
export type ResultView = (typeof resultViews)[number];

export interface SearchState {
  query: string;
  categories: string[];
  languages: string[];
  audiences: Audience[];
  status: ImmigrationStatus | null;
  when: TimeFilter[];
  features: FeatureFilter[];
  /** FSA the reader typed (the only place a postal code lives: reduced to its FSA). */
  near: string | null;
  radiusKm: number | null;
  sort: SortOrder;
  /** The list is the default everywhere: the map is never the only way to a service. */
  view: ResultView;
}

export const emptySearchState = (): SearchState => ({
  query: '',
  categories: [],
  languages: [],
  audiences: [],
  status: null,
  when: [],
  features: [],
  near: null,
  radiusKm: null,
  sort: 'relevance',
  view: 'list',
});

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
const allOf = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  [...new Set(values)].filter((value): value is T => (allowed as readonly string[]).includes(value));

export function parseSearchState(params: URLSearchParams): SearchState {
  const radius = Number(params.get('radius'));
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    categories: [...new Set(params.getAll('category').filter((id) => /^[a-z0-9-]{1,60}$/.test(id)))],
    languages: [...new Set(params.getAll('language').filter((code) => /^[a-zA-Z-]{2,12}$/.test(code)))],
    audiences: allOf(audiences, params.getAll('audience')),
    status: oneOf(immigrationStatuses, params.get('status')),
    when: allOf(timeFilters, params.getAll('when')),
    features: allOf(featureFilters, params.getAll('feature')),
    near: parseFsa(params.get('near') ?? ''),
    radiusKm: (radiusChoicesKm as readonly number[]).includes(radius) ? radius : null,
    sort: oneOf(sortOrders, params.get('sort')) ?? 'relevance',
    view: oneOf(resultViews, params.get('view')) ?? 'list',
  };
}

export function serializeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const id of state.categories) params.append('category', id);
  for (const code of state.languages) params.append('language', code);
  for (const audience of state.audiences) params.append('audience', audience);
  if (state.status) params.set('status', state.status);
  for (const slot of state.when) params.append('when', slot);
  for (const feature of state.features) params.append('feature', feature);
  if (state.near) params.set('near', state.near);
  if (state.radiusKm !== null) params.set('radius', String(state.radiusKm));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.view !== 'list') params.set('view', state.view);
  return params;
}

/** How many filters the reader has switched on (the query and the sort order are not filters). */
export function activeFilterCount(state: SearchState): number {
  return (
    state.categories.length + state.languages.length + state.audiences.length + (state.status ? 1 : 0) +
    state.when.length + state.features.length + (state.radiusKm !== null ? 1 : 0)
  );
}
