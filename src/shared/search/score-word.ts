/**
 * Scores one query word against every service: finds the vocabulary words it stands for
 * (exact, prefix, then fuzzy as a fallback), and walks their postings keeping, per service,
 * the best `match quality × field weight`.
 */
import { findMisspelledPrefixes, findMisspelledWords, type FuzzyWordMatch } from './fuzzy-vocabulary.ts';
import { EXACT_QUALITY, prefixQuality } from './ranking-weights.ts';
import type { QueryWord } from './query-words.ts';
import { FIELD_WEIGHTS } from './ranking-weights.ts';
import type { SearchIndex, ServicePositions } from './search-index.ts';
import { findPrefixRange, findWordId } from './vocabulary-lookup.ts';
import type { ScoredWord } from './word-result-cache.ts';

const MIN_STEM_LENGTH = 3;

interface WordMatches {
  wordIds: number[];
  qualities: number[];
  phraseStart: number;
  phraseEnd: number;
}

/**
 * Longest word a complete query word still stands for: "job " finds "jobs" and "employ "
 * finds "employment", but "de " is the French word, not every word starting with "de".
 */
function completionLimit(word: string): number {
  return word.length < MIN_STEM_LENGTH ? word.length : word.length * 2;
}

/** Vocabulary words the query word stands for, each with how well it matches. */
export function findWordMatches(index: SearchIndex, word: QueryWord): WordMatches {
  const { vocabulary } = index;
  const exactId = findWordId(vocabulary, word.text);
  const [prefixStart, prefixEnd] = findPrefixRange(vocabulary, word.text);
  const wordIds: number[] = [];
  const qualities: number[] = [];
  if (exactId >= 0) {
    wordIds.push(exactId);
    qualities.push(EXACT_QUALITY);
  }
  const longestCompletion = word.complete ? completionLimit(word.text) : Number.MAX_SAFE_INTEGER;
  for (let wordId = prefixStart; wordId < prefixEnd; wordId++) {
    const length = vocabulary[wordId]!.length;
    if (wordId === exactId || length > longestCompletion) continue;
    wordIds.push(wordId);
    qualities.push(prefixQuality(word.text.length, length));
  }
  // Correct typos only when the word is not in the directory; a word still being typed is
  // corrected only once nothing starts with it, so typing stays fast.
  if (exactId < 0 && (word.complete || prefixStart === prefixEnd)) {
    const corrections: FuzzyWordMatch[] = word.complete
      ? findMisspelledWords(vocabulary, index.fuzzy, word.text)
      : findMisspelledPrefixes(vocabulary, index.fuzzy, word.text);
    for (const { wordId, quality } of corrections) {
      // Prefix matches already listed keep their better quality.
      if (wordId >= prefixStart && wordId < prefixEnd) continue;
      wordIds.push(wordId);
      qualities.push(quality);
    }
  }
  const [phraseStart, phraseEnd] = word.complete ? (exactId < 0 ? [0, 0] : [exactId, exactId + 1]) : [prefixStart, prefixEnd];
  return { wordIds, qualities, phraseStart, phraseEnd };
}

/**
 * Raises `wordScores` to `score` for `services[from ... to)`, listing newly reached services
 * in `touched`; returns the new touched count. The hot loop of a keystroke, kept a plain
 * function over typed arrays so the engine compiles it tight.
 */
function offerAll(
  services: ServicePositions,
  from: number,
  to: number,
  score: number,
  wordScores: Float32Array,
  touched: Uint32Array,
  touchedCount: number,
): number {
  for (let p = from; p < to; p++) {
    const serviceIndex = services[p]!;
    const previous = wordScores[serviceIndex]!;
    if (previous < score) {
      if (previous === 0) touched[touchedCount++] = serviceIndex;
      wordScores[serviceIndex] = score;
    }
  }
  return touchedCount;
}

export function scoreWord(index: SearchIndex, word: QueryWord): ScoredWord {
  const { postingBounds, postingServices, groupPostingStart, groupPostings, groupWeights, groupServiceStart, groupServices } = index;
  const { wordScores, wordTouched } = index.scratch;
  const matches = findWordMatches(index, word);
  let touchedCount = 0;
  for (let m = 0; m < matches.wordIds.length; m++) {
    const wordId = matches.wordIds[m]!;
    const quality = matches.qualities[m]!;
    const [nameStart, nameEnd, descriptionEnd] = [postingBounds[2 * wordId]!, postingBounds[2 * wordId + 1]!, postingBounds[2 * wordId + 2]!];
    touchedCount = offerAll(postingServices, nameStart, nameEnd, quality * FIELD_WEIGHTS.name, wordScores, wordTouched, touchedCount);
    const descriptionScore = quality * FIELD_WEIGHTS.description;
    touchedCount = offerAll(postingServices, nameEnd, descriptionEnd, descriptionScore, wordScores, wordTouched, touchedCount);
    for (let g = groupPostingStart[wordId]!; g < groupPostingStart[wordId + 1]!; g++) {
      const group = groupPostings[g]!;
      const [membersStart, membersEnd] = [groupServiceStart[group]!, groupServiceStart[group + 1]!];
      const groupScore = quality * groupWeights[group]!;
      touchedCount = offerAll(groupServices, membersStart, membersEnd, groupScore, wordScores, wordTouched, touchedCount);
    }
  }

  const services = wordTouched.slice(0, touchedCount);
  const scores = new Float32Array(touchedCount);
  for (let i = 0; i < touchedCount; i++) {
    const serviceIndex = services[i]!;
    scores[i] = wordScores[serviceIndex]!;
    wordScores[serviceIndex] = 0;
  }
  return { services, scores, phraseStart: matches.phraseStart, phraseEnd: matches.phraseEnd };
}

/** `scoreWord`, remembered: a word scored on an earlier keystroke is not scored again. */
export function scoreWordCached(index: SearchIndex, word: QueryWord): ScoredWord {
  const key = (word.complete ? ' ' : '…') + word.text;
  let scored = index.wordCache.get(key);
  if (!scored) {
    scored = scoreWord(index, word);
    index.wordCache.set(key, scored);
  }
  return scored;
}
