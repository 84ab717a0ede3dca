import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useTranslation } from '../../i18n/use-translation.ts';
import { languageName } from '../../i18n/format.ts';
import { needTerms, termLabel } from '../../../shared/taxonomy/taxonomy.ts';
import { audiences, immigrationStatuses } from '../../../shared/schema/vocabularies.ts';
import { featureFilters, timeFilters } from '../../../shared/directory/filters.ts';
import type { FacetCounts } from '../../../shared/directory/facets.ts';
import type { SearchState } from '../../../shared/directory/search-state.ts';
import { DistanceFilter } from './DistanceFilter.tsx';

interface Props {
  state: SearchState;
  counts: FacetCounts | null;
  activeCount: number;
  onChange: (next: SearchState) => void;
}

const toggle = <T,>(values: readonly T[], value: T): T[] => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);

function Group({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="filter-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Choice(props: { type: 'checkbox' | 'radio'; name: string; label: string; count?: number | undefined; checked: boolean; onChange: () => void; indent?: boolean }) {
  const { t } = useTranslation();
  return (
    <label class={`filter-choice${props.indent ? ' filter-choice-child' : ''}`}>
      <input type={props.type} name={props.name} checked={props.checked} onChange={props.onChange} />
      <span>{props.label}</span>
      {props.count !== undefined && <span class="filter-count">{t('filters.countSuffix', { count: props.count })}</span>}
    </label>
  );
}

export function FilterPanel({ state, counts, activeCount, onChange }: Props) {
  const { t, language } = useTranslation();
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<SearchState>) => onChange({ ...state, ...patch });
  // A ticked language stays listed even when nothing matches it now, so it can be unticked.
  const languageCodes = [...new Set([...Object.keys(counts?.languages ?? {}), ...state.languages])]
    .map((code) => ({ code, name: languageName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ code }) => code);
  return (
    <aside class="filter-panel" aria-labelledby="filters-title">
      <button type="button" class="button filter-toggle" aria-expanded={open} aria-controls="filter-body" onClick={() => setOpen(!open)}>
        {t('filters.show')}
        {activeCount > 0 && ` · ${t('filters.activeCount', { count: activeCount })}`}
      </button>
      <div id="filter-body" class={`filter-body${open ? ' is-open' : ''}`}>
        <h2 id="filters-title">{t('filters.title')}</h2>
        <Group legend={t('filters.category')}>
          {needTerms.map((term) => (
            <Choice key={term.id} type="checkbox" name="category" indent={term.parent !== null} label={termLabel(term, language)}
              count={counts?.categories[term.id] ?? 0} checked={state.categories.includes(term.id)}
              onChange={() => set({ categories: toggle(state.categories, term.id) })} />
          ))}
        </Group>
        <Group legend={t('filters.status')}>
          <p class="hint">{t('filters.statusHint')}</p>
          <Choice type="radio" name="status" label={t('filters.anyStatus')} checked={state.status === null} onChange={() => set({ status: null })} />
          {immigrationStatuses.map((status) => (
            <Choice key={status} type="radio" name="status" label={t(`statuses.${status}`)} count={counts?.status[status] ?? 0}
              checked={state.status === status} onChange={() => set({ status })} />
          ))}
        </Group>
        <Group legend={t('filters.when')}>
          {timeFilters.map((slot) => (
            <Choice key={slot} type="checkbox" name="when" label={t(slot === 'open_now' ? 'filters.openNow' : `filters.${slot}`)}
              count={counts?.when[slot] ?? 0} checked={state.when.includes(slot)} onChange={() => set({ when: toggle(state.when, slot) })} />
          ))}
        </Group>
        <Group legend={t('filters.other')}>
          {featureFilters.map((feature) => (
            <Choice key={feature} type="checkbox" name="feature" label={t(`filters.${feature}`)} count={counts?.features[feature] ?? 0}
              checked={state.features.includes(feature)} onChange={() => set({ features: toggle(state.features, feature) })} />
          ))}
        </Group>
        <Group legend={t('filters.language')}>
          {languageCodes.map((code) => (
            <Choice key={code} type="checkbox" name="language" label={languageName(code, language)} count={counts?.languages[code] ?? 0}
              checked={state.languages.includes(code)} onChange={() => set({ languages: toggle(state.languages, code) })} />
          ))}
        </Group>
        <Group legend={t('filters.audience')}>
          {audiences.map((audience) => (
            <Choice key={audience} type="checkbox" name="audience" label={t(`audiences.${audience}`)} count={counts?.audiences[audience] ?? 0}
              checked={state.audiences.includes(audience)} onChange={() => set({ audiences: toggle(state.audiences, audience) })} />
          ))}
        </Group>
        <DistanceFilter state={state} onChange={onChange} />
        <button type="button" class="button filter-apply" onClick={() => setOpen(false)}>{t('filters.apply')}</button>
      </div>
    </aside>
  );
}
