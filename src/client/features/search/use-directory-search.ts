import { useEffect, useState } from 'preact/hooks';
import type { DirectoryResult } from '../../../shared/directory/directory-query.ts';
import type { SearchState } from '../../../shared/directory/search-state.ts';
import type { LngLat } from '../../../shared/geo/distance.ts';
import { searchWorker, SupersededQuery } from '../../search/search-worker-client.ts';
import { noteSearchResult } from '../search-counts/search-counts.ts';

export const PAGE_SIZE = 30;

/** Runs the search in the worker whenever its inputs change; an answer to an older query is dropped. */
export function useDirectorySearch(state: SearchState, origin: LngLat | null, limit: number) {
  const withSites = state.view === 'map';
  const [result, setResult] = useState<DirectoryResult | null>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify([state, origin, limit]);
  useEffect(() => {
    let current = true;
    searchWorker
      .query({ state, origin, now: Date.now(), limit, withSites })
      .then((next) => {
        if (!current) return;
        setResult(next);
        setFailed(false);
        // Counted anonymously once the person stops changing the search, never per keystroke.
        noteSearchResult(state, next.total);
      })
      .catch((error: unknown) => current && !(error instanceof SupersededQuery) && setFailed(true));
    return () => {
      current = false;
    };
  }, [key]);
  return { result, failed };
}
