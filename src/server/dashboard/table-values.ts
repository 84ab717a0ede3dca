/** Protected figures as the contract's table values and rows. */
import type { TableRow, TableValue } from '../../shared/dashboard/dashboard-contract.ts';
import type { Counted } from '../../shared/dashboard/suppression/cell-status.ts';

export function tableValue({ count, status }: Counted): TableValue {
  return status === 'published' ? count : { suppressed: status };
}

/** A share computed from two shown counts only: from a hidden one it would give that one away. */
export function shareOf(part: Counted, whole: Counted): number | null {
  if (part.status !== 'published' || whole.status !== 'published' || whole.count === 0) return null;
  return Math.round((part.count / whole.count) * 10_000) / 10_000;
}

/**
 * Shown counts first, largest first; then hidden ones in key order, so their place in the list
 * says nothing of their size.
 */
export function orderByShownCount<T extends { key: string; figure: Counted }>(rows: readonly T[]): T[] {
  const shown = rows.filter((row) => row.figure.status === 'published').sort((a, b) => b.figure.count - a.figure.count || (a.key < b.key ? -1 : 1));
  const hidden = rows.filter((row) => row.figure.status !== 'published').sort((a, b) => (a.key < b.key ? -1 : 1));
  return [...shown, ...hidden];
}

export interface Labels {
  organization(id: string): string | undefined;
}

export function labelledRow(key: string, values: TableValue[], label?: string): TableRow {
  return label === undefined ? { key, values } : { key, label, values };
}
