import { useState } from 'preact/hooks';
import { selectionDimensions, type SelectionDimension } from '../../../shared/dashboard/dashboard-contract.ts';
import { needTerms } from '../../../shared/taxonomy/taxonomy.ts';
import { uiLanguages } from '../../../shared/languages.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { DashboardChoice } from './dashboard-query.ts';
import { categoryLabel, languageLabel } from './table-labels.ts';

interface Props {
  choice: DashboardChoice;
  regions: { id: string; name: string }[];
  region: string;
  years: number[];
  year: number;
  organizations: { id: string; name: string }[];
  onChange: (choice: DashboardChoice) => void;
}

const dimensionKey = {
  category: 'dashboard.controls.narrowCategory',
  language: 'dashboard.controls.narrowLanguage',
  organization: 'dashboard.controls.narrowOrganization',
} as const;

/** Region, fiscal year and one "narrow to" selection; every section follows them. */
export function DashboardControls({ choice, regions, region, years, year, organizations, onChange }: Props) {
  const { t, language } = useTranslation();
  // A dimension picked before its value: the address changes only once both are chosen.
  const [pendingDimension, setPendingDimension] = useState<SelectionDimension | null>(null);
  const dimension = pendingDimension ?? choice.narrow?.dimension ?? null;
  const values: { id: string; name: string }[] =
    dimension === 'category'
      ? needTerms.map((term) => ({ id: term.id, name: categoryLabel(term.id, language) }))
      : dimension === 'language'
        ? uiLanguages.map((entry) => ({ id: entry.code, name: languageLabel(entry.code, language) }))
        : dimension === 'organization'
          ? organizations
          : [];
  const chooseDimension = (next: string) => {
    if (!next) {
      setPendingDimension(null);
      onChange({ ...choice, narrow: null });
    } else setPendingDimension(next as SelectionDimension);
  };
  const chooseValue = (value: string) => {
    setPendingDimension(null);
    onChange({ ...choice, narrow: dimension && value ? { dimension, value } : null });
  };
  const narrowValue = choice.narrow?.dimension === dimension ? choice.narrow.value : '';
  return (
    <form class="dashboard-controls" aria-label={t('dashboard.controls.label')} onSubmit={(event) => event.preventDefault()}>
      <label class="dashboard-control">
        <span>{t('dashboard.controls.region')}</span>
        <select value={region} disabled={regions.length < 2} onChange={(event) => onChange({ ...choice, region: event.currentTarget.value, narrow: null })}>
          {regions.map((entry) => <option key={entry.id} value={entry.id}>{entry.name}</option>)}
        </select>
      </label>
      <label class="dashboard-control">
        <span>{t('dashboard.controls.year')}</span>
        <select value={String(year)} onChange={(event) => onChange({ ...choice, year: Number(event.currentTarget.value) })}>
          {years.map((entry) => <option key={entry} value={entry}>{t('dashboard.controls.yearOption', { start: entry, end: entry + 1 })}</option>)}
        </select>
      </label>
      <label class="dashboard-control">
        <span>{t('dashboard.controls.narrowBy')}</span>
        <select value={dimension ?? ''} onChange={(event) => chooseDimension(event.currentTarget.value)} aria-describedby="dashboard-only-one">
          <option value="">{t('dashboard.controls.narrowNone')}</option>
          {selectionDimensions.map((entry) => <option key={entry} value={entry}>{t(dimensionKey[entry])}</option>)}
        </select>
      </label>
      {dimension && (
        <label class="dashboard-control">
          <span>{t('dashboard.controls.narrowValue')}</span>
          <select value={narrowValue} onChange={(event) => chooseValue(event.currentTarget.value)}>
            <option value="">{t('dashboard.controls.narrowChoose')}</option>
            {values.map((entry) => <option key={entry.id} value={entry.id}>{entry.name}</option>)}
          </select>
        </label>
      )}
      <p id="dashboard-only-one" class="dashboard-hint">{t('dashboard.controls.onlyOne')}</p>
    </form>
  );
}
