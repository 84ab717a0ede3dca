/**
 * A dashboard table as CSV, for council reports and IRCC: the same figures as the JSON, hidden
 * counts written `<10` (under 10) or `x` (hidden so that another cannot be worked out).
 */
import type { DashboardTable, TableValue } from '../../shared/dashboard/dashboard-contract.ts';

/** Quotes a field when it must, and defuses text a spreadsheet would run as a formula. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvValue(value: TableValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return value.suppressed === 'under-10' ? '<10' : 'x';
}

export function tableToCsv(table: DashboardTable): string {
  const labelled = table.rows.some((row) => row.label !== undefined);
  const header = [table.rowDimension, ...(labelled ? ['name'] : []), ...table.columns.map((column) => (column.label ? `${column.label} (${column.key})` : column.key))];
  const lines = [header, ...table.rows.map((row) => [row.key, ...(labelled ? [row.label ?? ''] : []), ...row.values.map(csvValue)])];
  if (table.totals) lines.push(['total', ...(labelled ? [''] : []), ...table.totals.map(csvValue)]);
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
