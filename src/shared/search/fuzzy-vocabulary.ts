/**
 * Typo tolerance: fuse.js compares a query word with vocabulary words, never with whole
 * records. Even so, running fuse over a 50,000-word vocabulary takes tens of milliseconds, so
 * candidates are first narrowed to words that one typo could have produced the query from:
 * whatever a single edit does, one of the first two letters of the word is one of the first
 * two letters of the query, and its length is within two of the query's.
 */
import Fuse from 'fuse.js/basic';
import { findPrefixRange } from './vocabulary-lookup.ts';
import { FUZZY_MAX_QUALITY, prefixQuality } from './ranking-weights.ts';

export interface FuzzyVocabulary {
  /** Key: position (0 or 1) then the character there; value: word ids sorted by word length. */
  readonly buckets: ReadonlyMap<string, Uint32Array>;
  /** Per word id, the last look-up that collected it, so a word in two buckets is compared once. */
  readonly lastCollectedBy: Uint32Array;
  lookupCount: number;
}

export interface FuzzyWordMatch {
  wordId: number;
  quality: number;
}

/** Shorter words tolerate less: one changed letter in "bus" already gives another word. */
const MIN_FUZZY_WORD_LENGTH = 3;
const FUSE_THRESHOLD = 0.4;
/** Past this, more corrections only add noise and postings to walk. */
const MAX_FUZZY_MATCHES = 16;

const fuseOptions = {
  includeScore: true,
  threshold: FUSE_THRESHOLD,
  isCaseSensitive: true, // both sides are already normalized
  shouldSort: false, // sorted below, after the shared-start adjustment
  location: 0,
  // A match starting one letter late ("mployment" in "employment") costs 0.1 of the score.
  distance: 10,
};

export function buildFuzzyVocabulary(vocabulary: readonly string[]): FuzzyVocabulary {
  const lists = new Map<string, number[]>();
  vocabulary.forEach((word, wordId) => {
    for (const position of [0, 1]) {
      if (word.length <= position) continue;
      const key = position + word.charAt(position);
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(wordId);
    }
  });
  const buckets = new Map<string, Uint32Array>();
  for (const [key, ids] of lists) {
    ids.sort((a, b) => vocabulary[a]!.length - vocabulary[b]!.length);
    buckets.set(key, Uint32Array.from(ids));
  }
  return { buckets, lastCollectedBy: new Uint32Array(vocabulary.length), lookupCount: 0 };
}

/** Position of the first id in `ids` whose word is at least `length` long. */
function firstWithLength(vocabulary: readonly string[], ids: Uint32Array, length: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocabulary[ids[middle]!]!.length < length) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Ids of the words one edit could turn into `word`, restricted to lengths `[minLength, maxLength]`. */
function collectCandidates(
  vocabulary: readonly string[],
  fuzzy: FuzzyVocabulary,
  word: string,
  minLength: number,
  maxLength: number,
): number[] {
  const lookup = ++fuzzy.lookupCount;
  const candidates: number[] = [];
  const keys = new Set([`0${word[0]}`, `0${word[1]}`, `1${word[0]}`, `1${word[1]}`]);
  for (const key of keys) {
    const ids = fuzzy.buckets.get(key);
    if (!ids) continue;
    for (let i = firstWithLength(vocabulary, ids, minLength); i < ids.length; i++) {
      const wordId = ids[i]!;
      if (vocabulary[wordId]!.length > maxLength) break;
      if (fuzzy.lastCollectedBy[wordId] === lookup) continue;
      fuzzy.lastCollectedBy[wordId] = lookup;
      candidates.push(wordId);
    }
  }
  return candidates;
}

function sharedStartLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Fuse's score counts errors but cannot tell "anglias" → "anglais" from "anglias" → "english";
 * a correction that keeps the start of the word is the likelier one.
 */
function correctionQuality(fuseScore: number, word: string, correction: string): number {
  const sharedStart = Math.min(sharedStartLength(word, correction), 3);
  return FUZZY_MAX_QUALITY * (1 - fuseScore) * (0.9 + (0.1 * sharedStart) / 3);
}

function strongest(matches: FuzzyWordMatch[]): FuzzyWordMatch[] {
  return matches.sort((a, b) => b.quality - a.quality || a.wordId - b.wordId).slice(0, MAX_FUZZY_MATCHES);
}

/** Vocabulary words `word` is probably a misspelling of, best first. */
export function findMisspelledWords(vocabulary: readonly string[], fuzzy: FuzzyVocabulary, word: string): FuzzyWordMatch[] {
  if (word.length < MIN_FUZZY_WORD_LENGTH) return [];
  const slack = word.length <= 4 ? 1 : 2;
  const candidateIds = collectCandidates(vocabulary, fuzzy, word, word.length - slack, word.length + slack);
  if (candidateIds.length === 0) return [];
  const candidates = candidateIds.map((wordId) => vocabulary[wordId]!);
  const matches = new Fuse(candidates, fuseOptions).search(word).map((result) => ({
    wordId: candidateIds[result.refIndex]!,
    quality: correctionQuality(result.score ?? 1, word, result.item),
  }));
  return strongest(matches);
}

/**
 * Vocabulary words that start like `partialWord` typed with a typo ("emplym" → "employment").
 * The starts of the candidates (two letters longer than what was typed, so any single edit
 * fits) are compared instead of whole words: far fewer strings, and fuse is not misled by
 * the letters not typed yet.
 */
export function findMisspelledPrefixes(vocabulary: readonly string[], fuzzy: FuzzyVocabulary, partialWord: string): FuzzyWordMatch[] {
  if (partialWord.length < MIN_FUZZY_WORD_LENGTH) return [];
  const startLength = partialWord.length + 2;
  const candidateIds = collectCandidates(vocabulary, fuzzy, partialWord, partialWord.length - 1, Number.MAX_SAFE_INTEGER);
  const starts = [...new Set(candidateIds.map((wordId) => vocabulary[wordId]!.slice(0, startLength)))];
  if (starts.length === 0) return [];
  const matches: FuzzyWordMatch[] = [];
  for (const result of new Fuse(starts, fuseOptions).search(partialWord)) {
    const quality = correctionQuality(result.score ?? 1, partialWord, result.item);
    const [start, end] = findPrefixRange(vocabulary, result.item);
    for (let wordId = start; wordId < end; wordId++) {
      const completion = vocabulary[wordId]!;
      matches.push({ wordId, quality: quality * prefixQuality(partialWord.length, completion.length) });
    }
  }
  return strongest(matches);
}
