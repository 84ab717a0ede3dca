/**
 * Typo tolerance: fuse.js compares a query word with vocabulary words, never with whole
 * records. Even so, running fuse over a 50,000-word vocabulary takes tens of milliseconds, so
 * candidates are first narrowed to words that one typo could have produced the query from:
 * whatever a single edit does, one of the first two letters of the word is one of the first
 * two letters of the query, and its length is within two of the query's. Fuse then proposes
 * corrections among them, and edit distance keeps only the nearest.
 */
import Fuse from 'fuse.js/basic';
import { editDistance } from './edit-distance.ts';
import { FUZZY_MAX_QUALITY, prefixQuality } from './ranking-weights.ts';
import { findPrefixRange } from './vocabulary-lookup.ts';

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
  shouldSort: false, // ranked below by edit distance
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

/** One wrong letter in a short word already makes another word; longer ones bear two. */
function maxEdits(typed: string): number {
  return typed.length <= 4 ? 1 : 2;
}

function correctionQuality(edits: number, typed: string): number {
  return FUZZY_MAX_QUALITY * (1 - edits / (typed.length + 1));
}

/**
 * Fuse's candidates for `typed`, measured by edit distance, keeping only the nearest: a
 * one-letter slip should bring "mental", not also every word two letters away ("meal").
 */
function nearestCandidates(candidates: string[], typed: string, prefixOfWord: boolean): { text: string; edits: number }[] {
  const measured = new Fuse(candidates, fuseOptions)
    .search(typed)
    .map((result) => ({ text: result.item, edits: editDistance(typed, result.item, prefixOfWord) }));
  const fewestEdits = Math.min(maxEdits(typed), ...measured.map(({ edits }) => edits));
  return measured.filter(({ edits }) => edits === fewestEdits);
}

function strongest(matches: FuzzyWordMatch[]): FuzzyWordMatch[] {
  return matches.sort((a, b) => b.quality - a.quality || a.wordId - b.wordId).slice(0, MAX_FUZZY_MATCHES);
}

/** Vocabulary words `word` is probably a misspelling of, best first. */
export function findMisspelledWords(vocabulary: readonly string[], fuzzy: FuzzyVocabulary, word: string): FuzzyWordMatch[] {
  if (word.length < MIN_FUZZY_WORD_LENGTH) return [];
  const slack = maxEdits(word);
  const candidateIds = collectCandidates(vocabulary, fuzzy, word, word.length - slack, word.length + slack);
  const idOf = new Map(candidateIds.map((wordId) => [vocabulary[wordId]!, wordId]));
  const matches = nearestCandidates([...idOf.keys()], word, false).map(({ text, edits }) => ({
    wordId: idOf.get(text)!,
    quality: correctionQuality(edits, word),
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
  const matches: FuzzyWordMatch[] = [];
  for (const { text, edits } of nearestCandidates(starts, partialWord, true)) {
    const quality = correctionQuality(edits, partialWord);
    const [start, end] = findPrefixRange(vocabulary, text);
    for (let wordId = start; wordId < end; wordId++) {
      matches.push({ wordId, quality: quality * prefixQuality(partialWord.length, vocabulary[wordId]!.length) });
    }
  }
  return strongest(matches);
}
