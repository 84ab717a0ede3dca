/**
 * Counts a search the person settled on (loaded with the first one, never on the home page's
 * first load). The same words and filters settling again in a row (more results shown, the map
 * opened, a return from a service page) count once.
 */
import type { SearchState } from '../../../shared/directory/search-state.ts';
import { countedSearch, sameSearchKey } from './counted-search.ts';
import { utcDay } from './daily-counts.ts';
import { updateStoredCounts } from './search-count-storage.ts';
import { withSearch } from './stored-counts.ts';

let lastKey: string | null = null;

export function recordSettledSearch(region: string, state: SearchState, uiLanguage: string, resultTotal: number): void {
  const key = sameSearchKey(state);
  if (key === lastKey) return;
  const search = countedSearch(state, uiLanguage, resultTotal);
  if (!search) return;
  lastKey = key;
  updateStoredCounts((stored) => withSearch(stored, region, utcDay(new Date()), search));
}
