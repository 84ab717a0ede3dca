/**
 * Wrong doors: how many referrals reached their organization first-hand, and how many after
 * being passed on once, twice, three times or more. Every request has exactly one first-hand
 * referral and, if passed on, one second-hand one, so the shares of requests passed on follow
 * from the counts.
 */
import type { DashboardTable } from '../../shared/dashboard/dashboard-contract.ts';
import type { Counted } from '../../shared/dashboard/suppression/cell-status.ts';
import { hopLabels } from './rollup-pairs.ts';
import { shareOf, tableValue } from './table-values.ts';
import type { ViewContext } from './view-context.ts';

async function hopFigures(context: ViewContext): Promise<{ figure: (hop: string) => Counted; total: Counted }> {
  const { families, selection } = context;
  if (!selection) {
    const line = await families.line('referral', 'hop');
    return { figure: line.figure, total: line.total };
  }
  const table = await families.table('referral', selection.dimension, 'hop');
  return { figure: (hop) => table.cell(selection.value, hop), total: table.rowMargin(selection.value) };
}

export async function forwardingTables(context: ViewContext): Promise<DashboardTable[]> {
  const { figure, total } = await hopFigures(context);
  const [firstHand, second, third] = ['1', '2', '3'].map(figure) as [Counted, Counted, Counted];
  return [
    {
      id: 'referrals-by-hop',
      rowDimension: 'hop',
      columns: [{ key: 'referrals', unit: 'count' }],
      rows: hopLabels.map((hop) => ({ key: hop, values: [tableValue(figure(hop))] })),
      totals: [tableValue(total)],
    },
    {
      id: 'requests-passed-on',
      rowDimension: 'scope',
      columns: [
        { key: 'requests', unit: 'count' },
        { key: 'share-passed-on', unit: 'share' },
        { key: 'share-passed-on-twice', unit: 'share' },
      ],
      rows: [{ key: context.selection?.value ?? 'all', values: [tableValue(firstHand), shareOf(second, firstHand), shareOf(third, firstHand)] }],
      totals: null,
    },
  ];
}
