/**
 * One additive relation between published figures, `Σ coefficient × value = 0` (a row and its
 * total: cells +1, total -1), and what it gives away: a hidden figure is pinned when the
 * relation, with every other figure's known value or label range, leaves it a single value.
 */
import { labelBounds, type Counted } from './cell-status.ts';

export interface LineTerm extends Counted {
  coefficient: 1 | -1;
}

/** The range of `Σ coefficient × value` over the given terms, from their label ranges. */
function sumRange(terms: readonly LineTerm[]): { low: number; high: number } {
  let low = 0;
  let high = 0;
  for (const term of terms) {
    const bounds = labelBounds(term);
    low += term.coefficient > 0 ? bounds.low : -bounds.high;
    high += term.coefficient > 0 ? bounds.high : -bounds.low;
  }
  return { low, high };
}

/** Positions of the hidden terms this relation alone pins to one value. */
export function pinnedTerms(terms: readonly LineTerm[]): number[] {
  const pinned: number[] = [];
  terms.forEach((term, index) => {
    if (term.status === 'published') return;
    const others = sumRange(terms.filter((_, other) => other !== index));
    // coefficient × value = -(others), so value lies between -others.high and -others.low (sign flipped for -1).
    const [fromOthersLow, fromOthersHigh] = term.coefficient > 0 ? [-others.high, -others.low] : [others.low, others.high];
    const own = labelBounds(term);
    const low = Math.max(own.low, fromOthersLow);
    const high = Math.min(own.high, fromOthersHigh);
    if (low >= high) pinned.push(index);
  });
  return pinned;
}
