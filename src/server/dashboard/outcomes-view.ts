/**
 * How referrals end: the funnel (requested → accepted → completed), why agencies declined, and
 * how long newcomers waited for a first answer. Waiting times are given only for groups of at
 * least 10 answered referrals: a median of three people is three people's waits.
 */
import type { DashboardTable, TableRow } from '../../shared/dashboard/dashboard-contract.ts';
import { histogramPercentile } from '../../shared/dashboard/response-time.ts';
import { SMALL_COUNT_THRESHOLD, type Counted } from '../../shared/dashboard/suppression/cell-status.ts';
import { rejectionReasons } from '../../shared/referrals/referral-contract.ts';
import type { Population } from './rollup-pairs.ts';
import { yearPairCounts } from './rollup-reads.ts';
import { labelledRow, shareOf, tableValue } from './table-values.ts';
import { labelOf, type ViewContext } from './view-context.ts';

const stages: readonly [string, Population][] = [
  ['requested', 'referral'],
  ['accepted', 'accepted'],
  ['completed', 'completed'],
];

async function stageFigure(context: ViewContext, population: Population): Promise<Counted> {
  const { families, selection } = context;
  // Region-wide, any line's total is the stage's count; languages are as good as any.
  const line = await families.line(population, selection?.dimension ?? 'language');
  return selection ? line.figure(selection.value) : line.total;
}

async function funnelTable(context: ViewContext): Promise<DashboardTable> {
  const figures = await Promise.all(stages.map(([, population]) => stageFigure(context, population)));
  const requested = figures[0]!;
  return {
    id: 'funnel',
    rowDimension: 'stage',
    columns: [
      { key: 'referrals', unit: 'count' },
      { key: 'share-of-requested', unit: 'share' },
    ],
    rows: stages.map(([stage], index) => ({ key: stage, values: [tableValue(figures[index]!), shareOf(figures[index]!, requested)] })),
    totals: null,
  };
}

async function rejectionTable(context: ViewContext): Promise<DashboardTable> {
  const { families, selection } = context;
  let figure: (reason: string) => Counted;
  let total: Counted;
  if (selection) {
    const table = await families.table('rejected', selection.dimension, 'reason');
    figure = (reason) => table.cell(selection.value, reason);
    total = table.rowMargin(selection.value);
  } else {
    const line = await families.line('rejected', 'reason');
    figure = line.figure;
    total = line.total;
  }
  return {
    id: 'rejection-reasons',
    rowDimension: 'reason',
    columns: [{ key: 'referrals', unit: 'count' }],
    rows: rejectionReasons.map((reason) => ({ key: reason, values: [tableValue(figure(reason))] })),
    totals: [tableValue(total)],
  };
}

/** Median and 90th percentile of a histogram of hour buckets, or nulls under 10 answers. */
function waitingTimes(histogram: ReadonlyMap<number, number>): [number | null, number | null] {
  const answered = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (answered < SMALL_COUNT_THRESHOLD) return [null, null];
  return [histogramPercentile(histogram, 0.5), histogramPercentile(histogram, 0.9)];
}

const histogramsByA = (rows: readonly { a: string; b: string; count: number }[]) => {
  const byA = new Map<string, Map<number, number>>();
  for (const { a, b, count } of rows) byA.set(a, (byA.get(a) ?? new Map<number, number>()).set(Number(b), count));
  return byA;
};

const waitingColumns = [
  { key: 'median-hours', unit: 'hours' as const },
  { key: 'p90-hours', unit: 'hours' as const },
];

async function waitingTables(context: ViewContext): Promise<DashboardTable[]> {
  const { scope, selection } = context;
  const rows = selection
    ? await yearPairCounts(scope, 'answered', `${selection.dimension}|hours`, selection.value)
    : await yearPairCounts(scope, 'answered', 'all|hours');
  const overall = histogramsByA(rows).values().next().value ?? new Map<number, number>();
  const tables: DashboardTable[] = [
    { id: 'time-to-first-response', rowDimension: 'scope', columns: waitingColumns, rows: [{ key: selection?.value ?? 'all', values: waitingTimes(overall) }], totals: null },
  ];
  if (!selection) {
    const byOrganization = histogramsByA(await yearPairCounts(scope, 'answered', 'organization|hours'));
    const organizationRows: TableRow[] = [...byOrganization.keys()]
      .sort()
      .map((organization) => labelledRow(organization, waitingTimes(byOrganization.get(organization)!), labelOf(context, 'organization', organization)));
    tables.push({ id: 'time-to-first-response-by-organization', rowDimension: 'organization', columns: waitingColumns, rows: organizationRows, totals: null });
  }
  return tables;
}

export async function outcomeTables(context: ViewContext): Promise<DashboardTable[]> {
  return [await funnelTable(context), await rejectionTable(context), ...(await waitingTables(context))];
}
