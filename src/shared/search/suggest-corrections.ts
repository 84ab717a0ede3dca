/**
 * "Did you mean": for the empty-result screen, the directory words closest to the query words
 * that are not in the directory, so a tap on one runs a search that finds something.
 */
import { findMisspelledWords } from './fuzzy-vocabulary.ts';
import { parseQuery } from './query-words.ts';
import type { SearchIndex } from './search-index.ts';
import { findWordId } from './vocabulary-lookup.ts';

const CORRECTIONS_PER_WORD = 3;
const DEFAULT_SUGGESTION_LIMIT = 5;

/** Number of services a word reaches by name or description, to prefer common corrections. */
function servicesReached(index: SearchIndex, wordId: number): number {
  return index.postingBounds[2 * wordId + 2]! - index.postingBounds[2 * wordId]!;
}

/**
 * Closest vocabulary words for the query words not found as typed, best first, at most
 * `limit`; empty when every word exists (then filters, not spelling, emptied the results).
 */
export function suggestCorrections(index: SearchIndex, query: string, limit = DEFAULT_SUGGESTION_LIMIT): string[] {
  const suggestions: string[] = [];
  for (const word of parseQuery(query)) {
    if (findWordId(index.vocabulary, word.text) >= 0) continue;
    const corrections = findMisspelledWords(index.vocabulary, index.fuzzy, word.text)
      .sort((a, b) => b.quality - a.quality || servicesReached(index, b.wordId) - servicesReached(index, a.wordId))
      .slice(0, CORRECTIONS_PER_WORD);
    for (const { wordId } of corrections) {
      const correction = index.vocabulary[wordId]!;
      if (!suggestions.includes(correction)) suggestions.push(correction);
    }
  }
  return suggestions.slice(0, limit);
}
