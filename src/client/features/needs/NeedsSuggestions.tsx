import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { serializeSearchState } from '../../../shared/directory/search-state.ts';
import type { Suggestion } from '../../../shared/needs/needs-check.ts';
import { searchWorker } from '../../search/search-worker-client.ts';
import { ResultCard } from '../search/ResultCard.tsx';

const PER_PRIORITY = 3;

/** A few services per chosen priority, found on the device by the same search as the list. */
export function NeedsSuggestions({ suggestions }: { suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<Record<string, string[]>>({});
  useEffect(() => {
    let current = true;
    Promise.all(
      suggestions.map(async (suggestion) => {
        const result = await searchWorker.query({ state: suggestion.search, origin: null, now: Date.now(), limit: PER_PRIORITY }, { latestOnly: false });
        return [suggestion.priority, result.ids] as const;
      }),
    ).then((entries) => current && setFound(Object.fromEntries(entries)));
    return () => {
      current = false;
    };
  }, [JSON.stringify(suggestions)]);

  return (
    <div class="needs-suggestions">
      {suggestions.map((suggestion) => (
        <section key={suggestion.priority} aria-labelledby={`needs-${suggestion.priority}`}>
          <h2 id={`needs-${suggestion.priority}`}>{t(`needs.priority.${suggestion.priority}`)}</h2>
          {found[suggestion.priority]?.length === 0 && <p>{t('needs.noSuggestions')}</p>}
          <ol class="result-list">
            {(found[suggestion.priority] ?? []).map((id) => <ResultCard key={id} serviceId={id} distanceKm={undefined} />)}
          </ol>
          {/* The status stays out of the link: answers never leave the device, not even in an address. */}
          <a href={`/search?${serializeSearchState({ ...suggestion.search, status: null })}`}>{t('needs.seeAll')}</a>
        </section>
      ))}
    </div>
  );
}
