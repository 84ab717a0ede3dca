/**
 * The small-count rule: a count from 1 to 9 never leaves the server. It is hidden as "under 10";
 * other counts are hidden as "complementary" when a total would otherwise give a hidden one away.
 * Zero is shown: it describes no one.
 */
export const SMALL_COUNT_THRESHOLD = 10;

export type CellStatus = 'published' | 'under-10' | 'complementary';

export interface Counted {
  count: number;
  status: CellStatus;
}

export const isHidden = (status: CellStatus): boolean => status !== 'published';

export function primaryStatus(count: number): CellStatus {
  return count >= 1 && count < SMALL_COUNT_THRESHOLD ? 'under-10' : 'published';
}

export interface Bounds {
  low: number;
  high: number;
}

/**
 * What a reader of the published table knows of a figure from its label alone: its value when
 * shown, 1 to 9 when "under 10", and nothing at all when complementary (the label promises no
 * range, so a reader cannot narrow it down from the rule that chose it).
 */
export function labelBounds({ count, status }: Counted): Bounds {
  if (status === 'published') return { low: count, high: count };
  return status === 'under-10' ? { low: 1, high: SMALL_COUNT_THRESHOLD - 1 } : { low: 0, high: Infinity };
}
