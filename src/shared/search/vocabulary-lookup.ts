/**
 * Exact and prefix look-ups in the sorted vocabulary by binary search: no fuzzy matching is
 * needed for a word typed correctly, nor for the last word while it is still being typed.
 */

/** Position of the first vocabulary word not sorting before `text`. */
function lowerBound(vocabulary: readonly string[], text: string): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocabulary[middle]! < text) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Id of `word` in the vocabulary, or -1. */
export function findWordId(vocabulary: readonly string[], word: string): number {
  const position = lowerBound(vocabulary, word);
  return vocabulary[position] === word ? position : -1;
}

/** Ids `[start, end)` of the words starting with `prefix` (the word itself included). */
export function findPrefixRange(vocabulary: readonly string[], prefix: string): [start: number, end: number] {
  const start = lowerBound(vocabulary, prefix);
  // Words starting with the prefix sort before the prefix with its last code unit incremented.
  const successor = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return [start, lowerBound(vocabulary, successor)];
}
