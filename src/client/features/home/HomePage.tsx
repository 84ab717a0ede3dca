import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory } from '../../directory/directory-store.ts';
import { termLabel, topLevelTerms } from '../../../shared/taxonomy/taxonomy.ts';
import { emptySearchState, serializeSearchState } from '../../../shared/directory/search-state.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CategoryIcon } from '../../ui/CategoryIcon.tsx';
import { SearchForm } from '../search/SearchForm.tsx';

export function HomePage() {
  const { t, language } = useTranslation();
  const { route } = useLocation();
  const [query, setQuery] = useState('');
  const region = directory.value?.region.name ?? '';
  return (
    <section class="home">
      <PageHeading>{t('home.title')}</PageHeading>
      <p class="lead">{t('home.intro', { region })}</p>
      <SearchForm value={query} onInput={setQuery} onSubmit={(value) => route(`/search?${serializeSearchState({ ...emptySearchState(), query: value })}`)} />
      <p><a class="button" href="/needs">{t('home.needsCheckLink')}</a></p>
      <h2>{t('home.browseCategories')}</h2>
      <ul class="category-grid">
        {topLevelTerms.map((term) => (
          <li key={term.id}>
            <a href={`/search?${serializeSearchState({ ...emptySearchState(), categories: [term.id] })}`}>
              <CategoryIcon icon={term.icon} />
              <span>{termLabel(term, language)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
