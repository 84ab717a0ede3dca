/**
 * Sums the scored query words per service into the search scratch: rarity-weighted score,
 * covered weight and number of words matched, listing every service reached in
 * `scratch.queryTouched`.
 */
import { COMMON_WORD_SHARE, rarityWeight } from './ranking-weights.ts';
import type { SearchIndex } from './search-index.ts';
import type { ScoredWord } from './word-result-cache.ts';

export interface Accumulated {
  touchedCount: number;
  /** Total rarity weight of the query's words that match anything. */
  queryWeight: number;
}

/** `words` must each match at least one service, and be distinct. */
export function accumulateScores(index: SearchIndex, words: readonly ScoredWord[]): Accumulated {
  const { totalScores, coveredWeights, matchedWordCounts, queryTouched } = index.scratch;
  const commonLimit = index.serviceCount * COMMON_WORD_SHARE;
  const isCommon = (word: ScoredWord) => word.services.length > commonLimit;
  const anyRareWord = words.some((word) => !isCommon(word));
  let touchedCount = 0;
  let queryWeight = 0;
  // Rare words first, so that common words find the services they may add to already listed.
  const ordered = [...words.filter((word) => !isCommon(word)), ...words.filter(isCommon)];
  for (const word of ordered) {
    const weight = rarityWeight(index.serviceCount, word.services.length);
    queryWeight += weight;
    const addsServices = !anyRareWord || !isCommon(word);
    const { services, scores } = word;
    for (let i = 0; i < services.length; i++) {
      const serviceIndex = services[i]!;
      if (matchedWordCounts[serviceIndex] === 0) {
        if (!addsServices) continue;
        queryTouched[touchedCount++] = serviceIndex;
      }
      totalScores[serviceIndex] = totalScores[serviceIndex]! + weight * scores[i]!;
      coveredWeights[serviceIndex] = coveredWeights[serviceIndex]! + weight;
      matchedWordCounts[serviceIndex] = matchedWordCounts[serviceIndex]! + 1;
    }
  }
  return { touchedCount, queryWeight };
}
