/**
 * Scores one query word against every service: finds the vocabulary words it stands for
 * (exact, prefix, then fuzzy as a fallback), and walks their postings keeping, per service,
 * the best `match quality × field weight`.
 */
import { findMisspelledPrefixes, findMisspelledWords, type FuzzyWordMatch } from './fuzzy-vocabulary.ts';
import type { QueryWord } from './query-words.ts';
import { EXACT_QUALITY, FIELD_WEIGHTS, prefixQuality } from './ranking-weights.ts';
import type { SearchIndex, ServicePositions } from './search-index.ts';
import { findPrefixRange, findWordId } from './vocabulary-lookup.ts';
import type { ScoredWord } from './word-result-cache.ts';

/** A complete word shorter than this is a word of its own ("de", "cv"), not a stem. */
const MIN_STEM_LENGTH = 3;
/**
 * While only this many letters are typed, words they start are looked for in names,
 * categories and organizations only: description hits that early are noise, and walking
 * them for the hundreds of words starting with "co" or "ال" would cost the most.
 */
const SHORT_PREFIX_LENGTH = 2;

interface WordMatches {
  wordIds: number[];
  qualities: number[];
  /** Per match, whether description postings count. */
  inDescriptions: boolean[];
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
  const inDescriptions: boolean[] = [];
  const add = (wordId: number, quality: number, inDescription: boolean) => {
    wordIds.push(wordId);
    qualities.push(quality);
    inDescriptions.push(inDescription);
  };
  if (exactId >= 0) add(exactId, EXACT_QUALITY, true);
  const longestCompletion = word.complete ? completionLimit(word.text) : Number.MAX_SAFE_INTEGER;
  const completionsInDescriptions = word.text.length > SHORT_PREFIX_LENGTH;
  for (let wordId = prefixStart; wordId < prefixEnd; wordId++) {
    const length = vocabulary[wordId]!.length;
    if (wordId === exactId || length > longestCompletion) continue;
    add(wordId, prefixQuality(word.text.length, length), completionsInDescriptions);
  }
  // Correct typos only when the word is not in the directory; a word still being typed is
  // corrected only once nothing starts with it, so typing stays fast.
  if (exactId < 0 && (word.complete || prefixStart === prefixEnd)) {
    const corrections: FuzzyWordMatch[] = word.complete
      ? findMisspelledWords(vocabulary, index.fuzzy, word.text)
      : findMisspelledPrefixes(vocabulary, index.fuzzy, word.text);
    for (const { wordId, quality } of corrections) {
      // A prefix match already listed keeps its better quality.
      if (wordId < prefixStart || wordId >= prefixEnd) add(wordId, quality, true);
    }
  }
  const [phraseStart, phraseEnd] = word.complete ? (exactId < 0 ? [0, 0] : [exactId, exactId + 1]) : [prefixStart, prefixEnd];
  return { wordIds, qualities, inDescriptions, phraseStart, phraseEnd };
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
    const nameEnd = postingBounds[2 * wordId + 1]!;
    const nameScore = quality * FIELD_WEIGHTS.name;
    touchedCount = offerAll(postingServices, postingBounds[2 * wordId]!, nameEnd, nameScore, wordScores, wordTouched, touchedCount);
    if (matches.inDescriptions[m]) {
      const descriptionEnd = postingBounds[2 * wordId + 2]!;
      const descriptionScore = quality * FIELD_WEIGHTS.description;
      touchedCount = offerAll(postingServices, nameEnd, descriptionEnd, descriptionScore, wordScores, wordTouched, touchedCount);
    }
    for (let g = groupPostingStart[wordId]!; g < groupPostingStart[wordId + 1]!; g++) {
      const group = groupPostings[g]!;
      const groupScore = quality * groupWeights[group]!;
      const [membersStart, membersEnd] = [groupServiceStart[group]!, groupServiceStart[group + 1]!];
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
