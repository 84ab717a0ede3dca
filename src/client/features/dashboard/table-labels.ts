/** Human names for what the API sends as keys: categories, languages, organizations, months, reasons. */
import type { DashboardTable, TableRow } from '../../../shared/dashboard/dashboard-contract.ts';
import { findTerm, termLabel } from '../../../shared/taxonomy/taxonomy.ts';
import { findUiLanguage } from '../../../shared/languages.ts';
import { formatDate, intlLocale, languageName } from '../../i18n/format.ts';
import type { useTranslation } from '../../i18n/use-translation.ts';

type Translate = ReturnType<typeof useTranslation>['t'];
export interface LabelContext {
  t: Translate;
  language: string;
  organizations: ReadonlyMap<string, string>;
}

export const categoryLabel = (id: string, language: string): string => {
  const term = findTerm(id);
  return term ? termLabel(term, language) : id;
};

/** A language in its own name when the app ships it (as its speakers would find it), else in the reader's. */
export const languageLabel = (code: string, language: string): string => findUiLanguage(code)?.nativeName ?? languageName(code, language);

function monthLabel(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, monthNumber - 1, 15));
}

function filterLabel(key: string, context: LabelContext): string {
  const [kind = '', value = ''] = key.split(':');
  const { t, language } = context;
  const kindLabel = t(`dashboard.row.filterKind.${kind}`, { defaultValue: kind });
  const valueLabel = kind === 'category' ? categoryLabel(value, language) : kind === 'language' ? languageLabel(value, language) : value;
  return `${kindLabel}: ${valueLabel}`;
}

export function rowLabel(table: DashboardTable, row: TableRow, context: LabelContext): string {
  const { t, language } = context;
  const key = row.key;
  switch (table.rowDimension) {
    case 'month':
      return monthLabel(key, language);
    case 'week':
      return t('dashboard.row.week', { date: formatDate(key, language) });
    case 'category':
      return categoryLabel(key, language);
    case 'language':
    case 'ui-language':
      return languageLabel(key, language);
    case 'organization':
    case 'from-organization':
      return row.label ?? context.organizations.get(key) ?? key;
    case 'filter':
      return filterLabel(key, context);
    case 'scope':
      return key === 'all' ? t('dashboard.row.scopeAll') : (row.label ?? context.organizations.get(key) ?? (findTerm(key) ? categoryLabel(key, language) : languageLabel(key, language)));
    case 'source':
    case 'stage':
    case 'reason':
    case 'hop':
      return t(`dashboard.row.${table.rowDimension}.${key}`, { defaultValue: key });
    default:
      return row.label ?? key;
  }
}

export const columnLabel = (table: DashboardTable, index: number, context: LabelContext): string => {
  const column = table.columns[index]!;
  return column.label ?? context.organizations.get(column.key) ?? context.t(`dashboard.column.${column.key}`, { defaultValue: column.key });
};
