/**
 * Picks the best `limit` of the ranked services, best first; equal scores keep directory
 * order so results do not shuffle between runs. A short page comes from a min-heap (a pass
 * over the matches, not a sort of them); a long one from a native sort of numeric keys, which
 * beats a comparator sort of tens of thousands of objects several times over.
 */
import type { SearchScratch } from './search-scratch.ts';

export interface RankedService {
  serviceIndex: number;
  score: number;
}

/** Above this share of the matches, sorting them all is cheaper than a heap. */
const HEAP_MAX_SHARE = 1 / 8;
/** Service positions fit in the low 21 bits of a key; 32 bits of score sit above them. */
const POSITION_BITS = 2 ** 21;

function ranksBelow(scoreA: number, indexA: number, scoreB: number, indexB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && indexA > indexB);
}

class MinHeap {
  readonly scores: number[] = [];
  readonly indexes: number[] = [];

  constructor(private readonly capacity: number) {}

  offer(serviceIndex: number, score: number): void {
    const { scores, indexes } = this;
    if (scores.length < this.capacity) {
      scores.push(score);
      indexes.push(serviceIndex);
      this.siftUp(scores.length - 1);
    } else if (ranksBelow(scores[0]!, indexes[0]!, score, serviceIndex)) {
      scores[0] = score;
      indexes[0] = serviceIndex;
      this.siftDown(0);
    }
  }

  private below(i: number, j: number): boolean {
    return ranksBelow(this.scores[i]!, this.indexes[i]!, this.scores[j]!, this.indexes[j]!);
  }

  private swap(i: number, j: number): void {
    const { scores, indexes } = this;
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }

  private siftUp(position: number): void {
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (!this.below(position, parent)) return;
      this.swap(position, parent);
      position = parent;
    }
  }

  private siftDown(position: number): void {
    const size = this.scores.length;
    for (;;) {
      const left = 2 * position + 1;
      let lowest = position;
      if (left < size && this.below(left, lowest)) lowest = left;
      if (left + 1 < size && this.below(left + 1, lowest)) lowest = left + 1;
      if (lowest === position) return;
      this.swap(position, lowest);
      position = lowest;
    }
  }
}

function selectWithHeap(scratch: SearchScratch, rankedCount: number, limit: number): RankedService[] {
  const heap = new MinHeap(limit);
  const { rankedServices, finalScores } = scratch;
  for (let i = 0; i < rankedCount; i++) {
    const serviceIndex = rankedServices[i]!;
    const score = finalScores[serviceIndex]!;
    // Most services fall below a full heap's weakest hit: skip them without a call.
    if (heap.scores.length === limit && score < heap.scores[0]!) continue;
    heap.offer(serviceIndex, score);
  }
  return heap.indexes
    .map((serviceIndex, i) => ({ serviceIndex, score: heap.scores[i]! }))
    .sort((a, b) => b.score - a.score || a.serviceIndex - b.serviceIndex);
}

/**
 * A positive float32's bit pattern, read as an unsigned integer, orders like the float does.
 * Key = score bits, then the position reversed, so an ascending sort read backwards is best
 * first with ties in directory order, and the key is exact in a float64 (53 bits).
 */
function selectWithSort(scratch: SearchScratch, rankedCount: number, limit: number): RankedService[] {
  const scoreBits = new Uint32Array(scratch.finalScores.buffer, scratch.finalScores.byteOffset, scratch.finalScores.length);
  const keys = scratch.sortKeys.subarray(0, rankedCount);
  for (let i = 0; i < rankedCount; i++) {
    const serviceIndex = scratch.rankedServices[i]!;
    keys[i] = scoreBits[serviceIndex]! * POSITION_BITS + (POSITION_BITS - 1 - serviceIndex);
  }
  keys.sort();
  const ranked: RankedService[] = [];
  for (let i = rankedCount - 1; i >= 0 && ranked.length < limit; i--) {
    const serviceIndex = POSITION_BITS - 1 - (keys[i]! % POSITION_BITS);
    ranked.push({ serviceIndex, score: scratch.finalScores[serviceIndex]! });
  }
  return ranked;
}

/** The best `limit` of the `rankedCount` services in `scratch.rankedServices`, best first. */
export function selectTopHits(scratch: SearchScratch, rankedCount: number, limit: number): RankedService[] {
  if (limit <= 0 || rankedCount === 0) return [];
  const sortable = scratch.finalScores.length <= POSITION_BITS;
  return sortable && limit > rankedCount * HEAP_MAX_SHARE
    ? selectWithSort(scratch, rankedCount, limit)
    : selectWithHeap(scratch, rankedCount, limit);
}
