/**
 * What of a search may be counted: the words typed, normalized as the app searches them and only
 * when they are one to four words of letters (no digits, so no phone number, postal code or
 * address), and the filters on, as the app's own keys. The postal code ("near") is a place and is
 * never counted; the sort order and the list or map view are not filters.
 */
import { filterKeySchema, queryTextSchema } from '../../../shared/dashboard/search-counts-contract.ts';
import type { SearchState } from '../../../shared/directory/search-state.ts';
import { normalizeText } from '../../../shared/text/normalize.ts';
import type { CountedSearch } from './daily-counts.ts';

/** The filters on, as `group:value` keys the contract accepts; anything else (a malformed shared link) is left out. */
export function filterKeys(state: SearchState): string[] {
  const keys = [
    ...state.categories.map((id) => `category:${id}`),
    ...state.languages.map((code) => `language:${code}`),
    ...state.audiences.map((audience) => `audience:${audience}`),
    ...(state.status ? [`status:${state.status}`] : []),
    ...state.when.map((slot) => `when:${slot}`),
    ...state.features.map((feature) => `feature:${feature}`),
    ...(state.radiusKm !== null ? [`radius:${state.radiusKm}`] : []),
  ];
  return [...new Set(keys)].filter((key) => filterKeySchema.safeParse(key).success);
}

/** The query as counted, or null when it cannot be (nothing typed, digits, more than four words). */
export function countableText(query: string): string | null {
  const text = normalizeText(query);
  return text && queryTextSchema.safeParse(text).success ? text : null;
}

/** A search the person settled on, or null when there was nothing to search for (no words, no filter). */
export function countedSearch(state: SearchState, uiLanguage: string, resultTotal: number): CountedSearch | null {
  const filters = filterKeys(state);
  if (!normalizeText(state.query) && filters.length === 0) return null;
  return { uiLanguage, text: countableText(state.query), foundNothing: resultTotal === 0, filters };
}

/** Two settlings of the same words and filters (more results shown, the map opened, a return to the page) are one search. */
export const sameSearchKey = (state: SearchState): string => JSON.stringify([normalizeText(state.query), filterKeys(state).sort()]);
