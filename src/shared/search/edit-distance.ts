/**
 * Edit distance counting a swap of two neighbouring letters as one edit, the commonest typo
 * ("anglias"): fuse proposes corrections, this distance decides which are the nearest, since
 * fuse's own score cannot tell "anglais" (one swap) from "english" (four edits).
 */

/**
 * Distance from `typed` to `word`, or, with `prefixOfWord`, to the closest start of `word`
 * (what was typed so far of a longer word: "emplym" is one edit from "employm").
 */
export function editDistance(typed: string, word: string, prefixOfWord = false): number {
  const columns = word.length + 1;
  // Three rows of the dynamic programme: two back are needed for the swap.
  let beforePrevious = new Array<number>(columns).fill(0);
  let previous = Array.from({ length: columns }, (_, j) => j);
  let current = new Array<number>(columns).fill(0);
  for (let i = 1; i <= typed.length; i++) {
    current[0] = i;
    for (let j = 1; j < columns; j++) {
      const substitution = typed[i - 1] === word[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
      if (i > 1 && j > 1 && typed[i - 1] === word[j - 2] && typed[i - 2] === word[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return prefixOfWord ? Math.min(...previous) : previous[word.length]!;
}
