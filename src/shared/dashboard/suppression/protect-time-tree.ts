/**
 * Protection of a year's figures by month and by week, where each month is the sum of its weeks
 * and the year the sum of its months (see fiscal-calendar.ts). The same rule as a line, applied
 * to every sum until none pins a hidden figure: a hidden month keeps at least one hidden week
 * (else its weeks would add up to it), and a shown month never has exactly one hidden week.
 */
import { primaryStatus, type CellStatus, type Counted } from './cell-status.ts';
import { cheapestShown } from './companions.ts';
import { pinnedTerms } from './line-intervals.ts';
import { lineTerms } from './protect-line.ts';

export interface ProtectedTimeTree {
  total: Counted;
  months: CellStatus[];
  /** For each month, its weeks. */
  weeks: CellStatus[][];
}

const indexes = (items: readonly unknown[]) => items.map((_, index) => index);

/** `weeksByMonth[m]` are the counts of month m's weeks, in order. */
export function protectTimeTree(weeksByMonth: readonly (readonly number[])[]): ProtectedTimeTree {
  const monthCounts = weeksByMonth.map((weeks) => weeks.reduce((sum, count) => sum + count, 0));
  const totalCount = monthCounts.reduce((sum, count) => sum + count, 0);
  const total: Counted = { count: totalCount, status: primaryStatus(totalCount) };
  const months = monthCounts.map(primaryStatus);
  const weeks = weeksByMonth.map((counts) => counts.map(primaryStatus));

  let changed = true;
  while (changed) {
    changed = false;
    if (pinnedTerms(lineTerms(monthCounts, months, total)).length > 0) {
      const next = cheapestShown(monthCounts, months, indexes(monthCounts));
      if (next !== null) {
        months[next] = 'complementary';
        changed = true;
      }
    }
    weeksByMonth.forEach((counts, month) => {
      const monthFigure = { count: monthCounts[month]!, status: months[month]! };
      if (pinnedTerms(lineTerms(counts, weeks[month]!, monthFigure)).length === 0) return;
      const next = cheapestShown(counts, weeks[month]!, indexes(counts));
      if (next === null) return;
      weeks[month]![next] = 'complementary';
      changed = true;
    });
  }
  return { total, months, weeks };
}
