/**
 * The protected figures every view is cut from. A figure published in two views (Arabic
 * referrals of the year: a cell of "by language", and the total of "by organization, for
 * Arabic") must be hidden in both or shown in both, so each is computed in exactly one place:
 *
 * - a line: one attribute over the year (protect-line.ts);
 * - the time tree: the year by month and by week (protect-time-tree.ts);
 * - a table: two attributes, always in the same orientation, its margins taken from the two
 *   lines (protect-table.ts); months as columns take theirs from the time tree.
 *
 * Everything is a pure function of the year's counts, so the same data gives the same figures,
 * whichever view asks first.
 */
import { weeksOfMonth } from '../../shared/dashboard/fiscal-calendar.ts';
import type { Counted } from '../../shared/dashboard/suppression/cell-status.ts';
import { protectLine } from '../../shared/dashboard/suppression/protect-line.ts';
import { protectTable } from '../../shared/dashboard/suppression/protect-table.ts';
import { protectTimeTree } from '../../shared/dashboard/suppression/protect-time-tree.ts';
import { pairName, type Attribute, type Pair, type Population } from './rollup-pairs.ts';
import { monthlyCounts, yearPairCounts, type RollupScope } from './rollup-reads.ts';

export interface Line {
  /** Values with referrals in the year, sorted. */
  values: string[];
  figure(value: string): Counted;
  total: Counted;
}

export interface Table {
  rows: string[];
  columns: string[];
  cell(row: string, column: string): Counted;
  rowMargin(row: string): Counted;
  columnMargin(column: string): Counted;
  total: Counted;
}

export interface TimeTree {
  months: string[];
  month(month: string): Counted;
  weeks: string[];
  week(week: string): Counted;
  total: Counted;
}

const ZERO: Counted = { count: 0, status: 'published' };

type LineSources = Partial<Record<Attribute, { pair: Pair; side: 'a' | 'b' }>>;

const outcomeLines: LineSources = {
  category: { pair: 'category|language', side: 'a' },
  language: { pair: 'language|organization', side: 'a' },
  organization: { pair: 'language|organization', side: 'b' },
};

/** Where each line is read from: any pair holding the attribute gives the same sums. */
const lineSources: Record<Population, LineSources> = {
  referral: {
    ...outcomeLines,
    source: { pair: 'language|source', side: 'b' },
    hop: { pair: 'language|hop', side: 'b' },
    fsa: { pair: 'language|fsa', side: 'b' },
    from: { pair: 'from|organization', side: 'a' },
  },
  accepted: outcomeLines,
  completed: outcomeLines,
  rejected: {
    category: { pair: 'category|reason', side: 'a' },
    language: { pair: 'language|reason', side: 'a' },
    organization: { pair: 'organization|reason', side: 'a' },
    reason: { pair: 'language|reason', side: 'b' },
  },
  answered: {},
};

export function linePairOf(population: Population, attribute: Attribute): { pair: Pair; side: 'a' | 'b' } {
  const source = lineSources[population][attribute];
  if (!source) throw new Error(`No line of ${attribute} is counted for ${population}.`);
  return source;
}

function sumBy<T>(items: readonly T[], key: (item: T) => string, count: (item: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + count(item));
  return sums;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

function lineOf(sums: ReadonlyMap<string, number>): Line {
  const values = sorted(sums.keys());
  const { total, statuses } = protectLine(values.map((value) => sums.get(value)!));
  const figures = new Map(values.map((value, index) => [value, { count: sums.get(value)!, status: statuses[index]! }]));
  return { values, figure: (value) => figures.get(value) ?? ZERO, total };
}

function tableOf(counts: ReadonlyMap<string, ReadonlyMap<string, number>>, rowLine: Line, columnStatus: (column: string) => Counted, total: Counted): Table {
  const rows = sorted([...rowLine.values, ...counts.keys()]);
  const columns = sorted([...counts.values()].flatMap((row) => [...row.keys()]));
  const matrix = rows.map((row) => columns.map((column) => counts.get(row)?.get(column) ?? 0));
  const rowMargins = rows.map((row, r) => ({ count: matrix[r]!.reduce((sum, count) => sum + count, 0), status: rowLine.figure(row).status }));
  const columnMargins = columns.map((column, c) => ({ count: matrix.reduce((sum, row) => sum + row[c]!, 0), status: columnStatus(column).status }));
  const statuses = protectTable(matrix, { rows: rowMargins, columns: columnMargins, total });
  const rowIndex = new Map(rows.map((row, index) => [row, index]));
  const columnIndex = new Map(columns.map((column, index) => [column, index]));
  return {
    rows,
    columns,
    cell(row, column) {
      const [r, c] = [rowIndex.get(row), columnIndex.get(column)];
      return r === undefined || c === undefined ? ZERO : { count: matrix[r]![c]!, status: statuses[r]![c]! };
    },
    rowMargin: (row) => rowMargins[rowIndex.get(row) ?? -1] ?? ZERO,
    columnMargin: (column) => columnMargins[columnIndex.get(column) ?? -1] ?? ZERO,
    total,
  };
}

/** The figures of one request, computed once each however many tables use them. */
export class FigureFamilies {
  readonly #memo = new Map<string, Promise<unknown>>();

  constructor(readonly scope: RollupScope) {}

  #once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.#memo.has(key)) this.#memo.set(key, compute());
    return this.#memo.get(key) as Promise<T>;
  }

  line(population: Population, attribute: Attribute): Promise<Line> {
    return this.#once(`line:${population}:${attribute}`, async () => {
      const { pair, side } = linePairOf(population, attribute);
      const counts = await yearPairCounts(this.scope, population, pair);
      return lineOf(sumBy(counts, (row) => row[side], (row) => row.count));
    });
  }

  /** `first|second` as the rollup names the pair: the orientation is always the same. */
  table(population: Population, first: Attribute, second: Attribute): Promise<Table> {
    return this.#once(`table:${population}:${first}|${second}`, async () => {
      const [counts, rowLine, columnLine] = await Promise.all([
        yearPairCounts(this.scope, population, pairName(first, second)),
        this.line(population, first),
        this.line(population, second),
      ]);
      const nested = new Map<string, Map<string, number>>();
      for (const { a, b, count } of counts) nested.set(a, (nested.get(a) ?? new Map()).set(b, count));
      return tableOf(nested, rowLine, columnLine.figure, rowLine.total);
    });
  }

  /**
   * A table whose margins are its own lines (flows between organizations: how many an
   * organization sent, how many it received, counted nowhere else).
   */
  standaloneTable(population: Population, first: Attribute, second: Attribute): Promise<Table> {
    return this.#once(`standalone:${population}:${first}|${second}`, async () => {
      const counts = await yearPairCounts(this.scope, population, pairName(first, second));
      const [rowLine, columnLine] = [lineOf(sumBy(counts, (row) => row.a, (row) => row.count)), lineOf(sumBy(counts, (row) => row.b, (row) => row.count))];
      const nested = new Map<string, Map<string, number>>();
      for (const { a, b, count } of counts) nested.set(a, (nested.get(a) ?? new Map()).set(b, count));
      return tableOf(nested, rowLine, columnLine.figure, rowLine.total);
    });
  }

  timeTree(): Promise<TimeTree> {
    return this.#once('time-tree', async () => {
      const weekly = sumBy(await yearPairCounts(this.scope, 'referral', 'week|all'), (row) => row.a, (row) => row.count);
      const months = this.scope.span.months;
      const weeksByMonth = months.map(weeksOfMonth);
      const tree = protectTimeTree(weeksByMonth.map((weeks) => weeks.map((week) => weekly.get(week) ?? 0)));
      const monthFigures = new Map(months.map((month, m) => [month, { count: weeksByMonth[m]!.reduce((sum, week) => sum + (weekly.get(week) ?? 0), 0), status: tree.months[m]! }]));
      const weekFigures = new Map(weeksByMonth.flatMap((weeks, m) => weeks.map((week, w) => [week, { count: weekly.get(week) ?? 0, status: tree.weeks[m]![w]! }] as const)));
      return {
        months,
        month: (month) => monthFigures.get(month) ?? ZERO,
        weeks: weeksByMonth.flat(),
        week: (week) => weekFigures.get(week) ?? ZERO,
        total: tree.total,
      };
    });
  }

  /** The attribute's values by month: rows are the values, columns the year's twelve months. */
  monthTable(attribute: Attribute): Promise<Table> {
    return this.#once(`months:${attribute}`, async () => {
      const { pair, side } = linePairOf('referral', attribute);
      const [monthly, rowLine, tree] = await Promise.all([monthlyCounts(this.scope, 'referral', pair, side), this.line('referral', attribute), this.timeTree()]);
      const nested = new Map<string, Map<string, number>>();
      for (const { month, value, count } of monthly) nested.set(value, (nested.get(value) ?? new Map<string, number>()).set(month, count));
      // Every month is a column, even an empty one, so the table always covers the year.
      for (const value of rowLine.values) if (!nested.has(value)) nested.set(value, new Map());
      const anyRow = nested.values().next().value;
      for (const month of tree.months) if (anyRow && !anyRow.has(month)) anyRow.set(month, 0);
      return tableOf(nested, rowLine, tree.month, rowLine.total);
    });
  }
}
