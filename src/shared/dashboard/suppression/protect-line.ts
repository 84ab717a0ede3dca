/**
 * Protection of one line of figures with its total: counts by language for the year, with the
 * year's count. Small counts are hidden; then, while the total and the figures still shown pin a
 * hidden one to a single value (one hidden figure alone, or two 1s that must add up to 2), the
 * smallest shown figure is hidden too.
 */
import { primaryStatus, type CellStatus, type Counted } from './cell-status.ts';
import { cheapestShown } from './companions.ts';
import { pinnedTerms, type LineTerm } from './line-intervals.ts';

export interface ProtectedLine {
  total: Counted;
  statuses: CellStatus[];
}

/** Terms of `Σ cells − total = 0`. */
export function lineTerms(counts: readonly number[], statuses: readonly CellStatus[], total: Counted): LineTerm[] {
  return [...counts.map((count, index) => ({ coefficient: 1 as const, count, status: statuses[index]! })), { coefficient: -1, ...total }];
}

/**
 * `counts` add up to the line's total (for categories, which a referral can have several of, the
 * total is the number of mentions: treated as known, since it is whenever each referral has one).
 */
export function protectLine(counts: readonly number[]): ProtectedLine {
  const totalCount = counts.reduce((sum, count) => sum + count, 0);
  const total: Counted = { count: totalCount, status: primaryStatus(totalCount) };
  const statuses = counts.map(primaryStatus);
  const everyCell = counts.map((_, index) => index);
  while (pinnedTerms(lineTerms(counts, statuses, total)).length > 0) {
    const next = cheapestShown(counts, statuses, everyCell);
    if (next === null) break;
    statuses[next] = 'complementary';
  }
  return { total, statuses };
}
