import { useTranslation } from '../../i18n/use-translation.ts';
import { findTerm, termLabel, topLevelTerms } from '../../../shared/taxonomy/taxonomy.ts';
import { emptySearchState, serializeSearchState, type SearchState } from '../../../shared/directory/search-state.ts';

interface Props {
  state: SearchState;
  suggestions: string[];
  filtersActive: boolean;
  onClearFilters: () => void;
}

/** No result: say why, offer a corrected spelling, a broader need, or clearing the filters. */
export function EmptyResults({ state, suggestions, filtersActive, onClearFilters }: Props) {
  const { t, language } = useTranslation();
  const broader = state.categories
    .map((id) => findTerm(id)?.parent)
    .filter((id): id is string => !!id)
    .map((id) => findTerm(id)!);
  const categories = broader.length ? broader : topLevelTerms.slice(0, 8);
  return (
    <div class="empty-results">
      <h2>{t('search.noResultsTitle')}</h2>
      <p>{t('search.noResultsBody')}</p>
      {suggestions.length > 0 && (
        <p>
          {t('search.didYouMean')}{' '}
          {suggestions.map((word, i) => (
            <span key={word}>
              {i > 0 && ', '}
              <a href={`/search?${serializeSearchState({ ...state, query: word })}`}>{word}</a>
            </span>
          ))}
        </p>
      )}
      {filtersActive && <button type="button" class="button" onClick={onClearFilters}>{t('search.clearFilters')}</button>}
      <p>{t('search.tryCategories')}</p>
      <ul class="link-list">
        {categories.map((term) => (
          <li key={term.id}>
            <a href={`/search?${serializeSearchState({ ...emptySearchState(), categories: [term.id] })}`}>{termLabel(term, language)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
