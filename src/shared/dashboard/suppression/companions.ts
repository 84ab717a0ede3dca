/**
 * Choosing what else to hide. The cheapest choice hides the least: the smallest shown, non-zero
 * figure (ties to the first), so a total of 500 is never hidden to protect a 3 when a 12 will do.
 * A zero is hidden only when nothing else can protect a figure: it carries no one's data, but
 * it would be shown otherwise.
 */
import type { CellStatus } from './cell-status.ts';

/** The index of the figure to hide next among `candidates`, or null when every one is hidden already. */
export function cheapestShown(counts: readonly number[], statuses: readonly CellStatus[], candidates: readonly number[]): number | null {
  let best: number | null = null;
  for (const index of candidates) {
    if (statuses[index] !== 'published') continue;
    if (best === null || hidingCost(counts[index]!) < hidingCost(counts[best]!)) best = index;
  }
  return best;
}

/** What hiding a figure costs: its count, or far more for a zero, which is hidden only as a last resort. */
export function hidingCost(count: number): number {
  return count === 0 ? ZERO_HIDING_COST : count;
}

const ZERO_HIDING_COST = 1e9;
