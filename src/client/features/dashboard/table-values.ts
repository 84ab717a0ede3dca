/** A table cell as text in the reader's language: counts, shares, hours and distances, or a hidden count's mark. */
import { isSuppressed, type ColumnUnit, type TableValue } from '../../../shared/dashboard/dashboard-contract.ts';
import { formatDistance, intlLocale } from '../../i18n/format.ts';

/** What a hidden count shows instead: the same marks as the CSV, so a printout and a file agree. */
export const SUPPRESSED_MARK = { 'under-10': '<10', complementary: 'x' } as const;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(language), options)));
  return format;
}

/** A shown value as text; '' for no value (the table leaves that cell blank). Hidden counts are drawn by the table. */
export function formatMeasure(value: number | null, unit: ColumnUnit, language: string): string {
  if (value === null) return '';
  if (unit === 'share') return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  if (unit === 'km') return formatDistance(value, language);
  return numberFormat(language, { maximumFractionDigits: unit === 'hours' ? 1 : 0 }).format(value);
}

/** A value a bar can be drawn for: a shown count, not hidden and not missing. */
export const barValue = (value: TableValue | undefined): number | null => (value === undefined || value === null || isSuppressed(value) ? null : value);
