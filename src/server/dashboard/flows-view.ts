/**
 * Who refers to whom: referrals sent by an agency, or passed on by the organization that got
 * them first, as a matrix of sending by receiving organization with its own totals. Narrowed to
 * one organization, it is that organization's row and column of the same matrix.
 */
import type { DashboardTable, TableColumn, TableRow } from '../../shared/dashboard/dashboard-contract.ts';
import type { Table } from './figure-families.ts';
import { labelledRow, tableValue } from './table-values.ts';
import { labelOf, type ViewContext } from './view-context.ts';

function matrixTable(context: ViewContext, table: Table): DashboardTable {
  const columns: TableColumn[] = [
    ...table.columns.map((organization) => {
      const label = labelOf(context, 'organization', organization);
      return label === undefined ? { key: organization, unit: 'count' as const } : { key: organization, unit: 'count' as const, label };
    }),
    { key: 'total', unit: 'count' },
  ];
  const rows: TableRow[] = table.rows.map((from) =>
    labelledRow(from, [...table.columns.map((to) => tableValue(table.cell(from, to))), tableValue(table.rowMargin(from))], labelOf(context, 'organization', from)),
  );
  return { id: 'flows', rowDimension: 'from-organization', columns, rows, totals: [...table.columns.map((to) => tableValue(table.columnMargin(to))), tableValue(table.total)] };
}

export async function flowTables(context: ViewContext): Promise<DashboardTable[]> {
  const table = await context.families.standaloneTable('referral', 'from', 'organization');
  const selected = context.selection?.value;
  if (selected === undefined) return [matrixTable(context, table)];
  const column = [{ key: 'referrals', unit: 'count' as const }];
  return [
    {
      id: 'flows-from-organization',
      rowDimension: 'organization',
      columns: column,
      rows: table.columns.map((to) => labelledRow(to, [tableValue(table.cell(selected, to))], labelOf(context, 'organization', to))),
      totals: [tableValue(table.rowMargin(selected))],
    },
    {
      id: 'flows-into-organization',
      rowDimension: 'from-organization',
      columns: column,
      rows: table.rows.map((from) => labelledRow(from, [tableValue(table.cell(from, selected))], labelOf(context, 'organization', from))),
      totals: [tableValue(table.columnMargin(selected))],
    },
  ];
}
