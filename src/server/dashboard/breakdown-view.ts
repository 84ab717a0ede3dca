/**
 * Referrals by category, receiving organization, language asked for, or source (a newcomer's
 * own request or an agency's). Category counts are mentions (a referral can name several), so
 * that table has no total.
 */
import type { BreakdownDimension, DashboardTable, TableValue } from '../../shared/dashboard/dashboard-contract.ts';
import type { Counted } from '../../shared/dashboard/suppression/cell-status.ts';
import type { Attribute } from './rollup-pairs.ts';
import { labelledRow, orderByShownCount, tableValue } from './table-values.ts';
import { labelOf, type ViewContext } from './view-context.ts';

/** Values always listed, with their zeros: the closed ones. */
const fixedValues: Partial<Record<BreakdownDimension, readonly string[]>> = { source: ['self', 'agency'] };

/** The two attributes in the order the rollup counts them. */
export function rollupOrder(first: Attribute, second: Attribute): [Attribute, Attribute] {
  const order: Attribute[] = ['category', 'language', 'organization', 'source'];
  return order.indexOf(first) <= order.indexOf(second) ? [first, second] : [second, first];
}

async function figuresBy(context: ViewContext, by: BreakdownDimension): Promise<{ figures: Map<string, Counted>; total: Counted }> {
  const { families, selection } = context;
  if (!selection || selection.dimension === by) {
    const line = await families.line('referral', by);
    const keys = selection ? [selection.value] : (fixedValues[by] ?? line.values);
    return { figures: new Map(keys.map((key) => [key, line.figure(key)])), total: selection ? line.figure(selection.value) : line.total };
  }
  const [first, second] = rollupOrder(selection.dimension, by);
  const table = await families.table('referral', first, second);
  const selectedIsRow = first === selection.dimension;
  const keys = fixedValues[by] ?? (selectedIsRow ? table.columns : table.rows);
  const figures = new Map(keys.map((key) => [key, selectedIsRow ? table.cell(selection.value, key) : table.cell(key, selection.value)]));
  return { figures, total: selectedIsRow ? table.rowMargin(selection.value) : table.columnMargin(selection.value) };
}

export async function breakdownTables(context: ViewContext, by: BreakdownDimension): Promise<DashboardTable[]> {
  const { figures, total } = await figuresBy(context, by);
  const entries = [...figures].map(([key, figure]) => ({ key, figure }));
  const ordered = fixedValues[by] ? entries : orderByShownCount(entries);
  const totals: TableValue[] | null = by === 'category' ? null : [tableValue(total)];
  return [
    {
      id: `referrals-by-${by}`,
      rowDimension: by,
      columns: [{ key: 'referrals', unit: 'count' }],
      rows: ordered.map(({ key, figure }) => labelledRow(key, [tableValue(figure)], labelOf(context, by, key))),
      totals,
    },
  ];
}
