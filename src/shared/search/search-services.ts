/**
 * Runs a query: scores each query word (cached across keystrokes), sums the words per service
 * weighted by rarity, scales by how much of the query each service covers, adds the phrase
 * bonus, and keeps the best hits among the services the filters allow.
 */
import { accumulateScores } from './accumulate-scores.ts';
import { markPhraseBonuses, type PhraseRanges } from './phrase-bonus.ts';
import { parseQuery } from './query-words.ts';
import { coverageFactor, DEFAULT_HIT_LIMIT } from './ranking-weights.ts';
import { scoreWordCached } from './score-word.ts';
import type { SearchHit, SearchIndex, SearchOptions, SearchResults } from './search-index.ts';
import { selectTopHits } from './top-hits.ts';

/**
 * The services matching `query`, best first, and how many matched in all. An empty query
 * (nothing but spaces, punctuation or one-letter words) matches nothing: the app shows its
 * category browser there, which orders services better than a search without words could.
 */
export function searchServices(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const words = parseQuery(query);
  if (words.length === 0) return { hits: [], total: 0 };
  const scoredWords = words.map((word) => scoreWordCached(index, word));
  // A word typed twice counts once; the cache hands back the same object for it.
  const typedWords = new Set(scoredWords);
  const matchingWords = [...typedWords].filter((scored) => scored.services.length > 0);
  const scratch = index.scratch;
  const { totalScores, coveredWeights, matchedWordCounts, phraseBonuses, queryTouched, finalScores, rankedServices } = scratch;
  // A word found nowhere is left out of coverage, since no service could cover it.
  const { touchedCount, queryWeight } = accumulateScores(index, matchingWords);

  // A phrase, though, needs every typed word.
  if (words.length >= 2 && matchingWords.length === typedWords.size) {
    const ranges: PhraseRanges = scoredWords.map((scored) => ({ start: scored.phraseStart, end: scored.phraseEnd }));
    markPhraseBonuses(index, ranges, queryTouched, touchedCount, matchingWords.length);
  }

  const mask = options.candidates instanceof Uint8Array ? options.candidates : null;
  const allowed = options.candidates instanceof Uint8Array ? null : (options.candidates ?? null);
  let rankedCount = 0;
  for (let i = 0; i < touchedCount; i++) {
    const serviceIndex = queryTouched[i]!;
    if ((mask === null || mask[serviceIndex] !== 0) && (allowed === null || allowed.has(serviceIndex))) {
      const bonus = phraseBonuses[serviceIndex] || 1;
      const coverage = coverageFactor(coveredWeights[serviceIndex]! / queryWeight);
      finalScores[serviceIndex] = totalScores[serviceIndex]! * coverage * bonus;
      rankedServices[rankedCount++] = serviceIndex;
    }
    totalScores[serviceIndex] = 0;
    coveredWeights[serviceIndex] = 0;
    matchedWordCounts[serviceIndex] = 0;
    phraseBonuses[serviceIndex] = 0;
  }

  const ranked = selectTopHits(scratch, rankedCount, options.limit ?? DEFAULT_HIT_LIMIT);
  for (let i = 0; i < rankedCount; i++) finalScores[rankedServices[i]!] = 0;
  const hits: SearchHit[] = ranked.map(({ serviceIndex, score }) => ({
    serviceIndex,
    serviceId: index.serviceIds[serviceIndex]!,
    score,
  }));
  return { hits, total: rankedCount };
}
