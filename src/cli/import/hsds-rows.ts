/**
 * Cleaning raw HSDS rows before validation: text is trimmed, empty text means "absent", and CSV
 * text becomes the number, boolean or JSON structure the schema expects.
 */
import { columnKind, type TableName } from './hsds-tables.ts';
import type { ImportReport, RowOrigin } from './report.ts';

const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

/** Trimmed text, with empty text and `null` left out so "absent" has one spelling. */
export function cleanValues(values: Record<string, unknown>): Record<string, unknown> {
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const text = typeof value === 'string' ? value.trim() : value;
    if (text === '' || text === null || text === undefined) continue;
    cleaned[key] = text;
  }
  return cleaned;
}

/**
 * A CSV row's text as the schema's types. Text that cannot be converted is left as it is, so
 * validation reports it with the value the person typed ("must be a number (got "twelve")").
 */
export function coerceCsvValues(table: TableName, values: Record<string, string>, origin: RowOrigin, report: ImportReport): Record<string, unknown> {
  const coerced: Record<string, unknown> = {};
  for (const [column, text] of Object.entries(cleanValues(values)) as [string, string][]) {
    const kind = columnKind(table, column);
    if (kind === undefined) continue; // unknown columns are reported once per file, not per row
    if (kind === 'number') {
      coerced[column] = DECIMAL.test(text) ? Number(text) : text;
    } else if (kind === 'boolean') {
      coerced[column] = BOOLEANS[text.toLowerCase()] ?? text;
    } else if (kind === 'structured') {
      // Guichet's own columns (eligibility, translations, delivery) travel in CSV as JSON text.
      try {
        coerced[column] = JSON.parse(text) as unknown;
      } catch {
        report.error(origin, column, 'is not valid JSON');
      }
    } else {
      coerced[column] = text;
    }
  }
  return coerced;
}
