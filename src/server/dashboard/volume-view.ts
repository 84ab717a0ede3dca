/**
 * Referrals over time: by week or by month for the whole region, by month for one category,
 * language or organization (a selected group's weekly counts would be mostly hidden, and months
 * crossed with a selection are protected as one table; see figure-families.ts).
 */
import type { DashboardTable, VolumeInterval } from '../../shared/dashboard/dashboard-contract.ts';
import { Refusal } from '../security/refusal.ts';
import { tableValue } from './table-values.ts';
import type { ViewContext } from './view-context.ts';

const referralsColumn = [{ key: 'referrals', unit: 'count' as const }];

export async function volumeTables(context: ViewContext, interval: VolumeInterval): Promise<DashboardTable[]> {
  const { families, selection } = context;
  if (!selection) {
    const tree = await families.timeTree();
    const [periods, figure] = interval === 'week' ? [tree.weeks, tree.week] : [tree.months, tree.month];
    return [
      {
        id: `referrals-by-${interval}`,
        rowDimension: interval,
        columns: referralsColumn,
        rows: periods.map((period) => ({ key: period, values: [tableValue(figure(period))] })),
        totals: [tableValue(tree.total)],
      },
    ];
  }
  if (interval === 'week') {
    throw new Refusal(400, `Weekly figures are shown for the whole region only: choose monthly figures to narrow them to one ${selection.dimension}.`);
  }
  const table = await families.monthTable(selection.dimension);
  const tree = await families.timeTree();
  return [
    {
      id: 'referrals-by-month',
      rowDimension: 'month',
      columns: referralsColumn,
      rows: tree.months.map((month) => ({ key: month, values: [tableValue(table.cell(selection.value, month))] })),
      totals: [tableValue(table.rowMargin(selection.value))],
    },
  ];
}
