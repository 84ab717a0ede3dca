import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory, directoryIndex } from '../../directory/directory-store.ts';
import { deviceOrigin, fsaCentroid } from '../../search/origin.ts';
import { activeFilterCount, emptySearchState, parseSearchState, serializeSearchState, type SearchState } from '../../../shared/directory/search-state.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { SearchForm } from './SearchForm.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { ResultCard } from './ResultCard.tsx';
import { EmptyResults } from './EmptyResults.tsx';
import { PAGE_SIZE, useDirectorySearch } from './use-directory-search.ts';
import { lastSearchUrl } from './last-search.ts';
import { ViewToggle } from './ViewToggle.tsx';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton.tsx';
import { localizeField } from '../../directory/localize.ts';
import { MapPanel } from '../map/MapPanel.tsx';

export function SearchPage() {
  const { t, language } = useTranslation();
  const { url, route } = useLocation();
  const state = parseSearchState(new URLSearchParams(url.split('?')[1] ?? ''));
  lastSearchUrl.value = url;
  // What is in the box may run ahead of the URL while typing; the back button brings the URL's back.
  const [typed, setTyped] = useState(state.query);
  useEffect(() => {
    // The address holds the trimmed words: keep a space just typed (the next word follows it).
    if (state.query !== typed.trim()) setTyped(state.query);
  }, [state.query]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const regionId = directory.value!.region.id;
  const origin = deviceOrigin.value ?? (state.near ? fsaCentroid(regionId, state.near) : null);
  const { result, failed } = useDirectorySearch({ ...state, query: typed }, origin, limit);

  const navigate = (next: SearchState, replace = false) => {
    setLimit(PAGE_SIZE);
    route(`/search?${serializeSearchState(next)}`, replace);
  };
  // Typing updates the address quietly, so a reload or a shared link keeps the words typed.
  useEffect(() => {
    if (typed === state.query) return;
    const timer = setTimeout(() => navigate({ ...state, query: typed }, true), 500);
    return () => clearTimeout(timer);
  }, [typed]);

  const active = activeFilterCount(state);
  const heading = state.query ? t('search.resultsFor', { query: state.query }) : t('search.resultsTitle');
  return (
    <section class="search-page">
      <PageHeading title={heading}>{heading}</PageHeading>
      <SearchForm value={typed} onInput={setTyped} onSubmit={(value) => navigate({ ...state, query: value })} />
      <div class="search-layout">
        <FilterPanel state={state} counts={result?.counts ?? null} activeCount={active} onChange={(next) => navigate(next)} />
        <div class="results" aria-labelledby="results-title">
          <h2 id="results-title" class="visually-hidden">{t('search.resultsTitle')}</h2>
          <div class="results-bar">
            <p role="status" aria-live="polite" class="result-count">
              {failed ? t('app.loadFailed') : result ? t('search.resultCount', { count: result.total }) : t('search.searching')}
            </p>
            <label class="sort-select">
              <span>{t('search.sortLabel')}</span>
              <select value={state.sort} onChange={(event) => navigate({ ...state, sort: event.currentTarget.value as SearchState['sort'] })}>
                <option value="relevance">{t('search.sortRelevance')}</option>
                {origin && <option value="distance">{t('search.sortDistance')}</option>}
                <option value="name">{t('search.sortName')}</option>
              </select>
            </label>
            <ViewToggle view={state.view} onChange={(view) => navigate({ ...state, view })} />
          </div>
          {result && result.total > 0 && state.view === 'list' && (
            <ReadAloudButton
              sentences={() => [
                t('readAloud.results', { count: result.total }),
                ...result.ids.slice(0, 10).map((id) => {
                  const service = directoryIndex.value.services.get(id);
                  return service ? localizeField(service, 'name', language).text : '';
                }),
              ]}
            />
          )}
          {state.view === 'map' && <MapPanel result={result} origin={origin} />}
          {result && result.total === 0 && (
            <EmptyResults state={state} suggestions={result.suggestions} filtersActive={active > 0}
              onClearFilters={() => navigate({ ...emptySearchState(), query: state.query })} />
          )}
          {state.view === 'list' && result && result.total > 0 && (
            <ol class="result-list">
              {result.ids.map((id) => <ResultCard key={id} serviceId={id} distanceKm={result.distances[id]} />)}
            </ol>
          )}
          {state.view === 'list' && result && result.total > result.ids.length && (
            <button type="button" class="button" onClick={() => setLimit(limit + PAGE_SIZE)}>{t('search.showMore')}</button>
          )}
        </div>
      </div>
    </section>
  );
}
