/**
 * The exact-phrase bonus: a multi-word query found word for word, in order, in a service's
 * name or in a name of one of its categories ("cours de français" as typed) outranks services
 * that merely contain the same words scattered through their texts.
 */
import { CATEGORY_PHRASE_BONUS, NAME_PHRASE_BONUS } from './ranking-weights.ts';
import type { PhraseSequences, SearchIndex } from './search-index.ts';

/**
 * Query words as word-id ranges, in typed order: a complete word is one id, the word being
 * typed is the range of words it starts.
 */
export type PhraseRanges = readonly { start: number; end: number }[];

function phraseAt(tokens: Uint16Array | Uint32Array, position: number, ranges: PhraseRanges): boolean {
  for (let k = 0; k < ranges.length; k++) {
    const token = tokens[position + k];
    const range = ranges[k]!;
    // A phrase's end mark is above every word id, so a match never runs into the next phrase.
    if (token === undefined || token < range.start || token >= range.end) return false;
  }
  return true;
}

function ownerHasPhrase(sequences: PhraseSequences, owner: number, ranges: PhraseRanges): boolean {
  const end = sequences.start[owner + 1]! - ranges.length + 1;
  for (let position = sequences.start[owner]!; position < end; position++) {
    if (phraseAt(sequences.tokens, position, ranges)) return true;
  }
  return false;
}

/**
 * Sets `scratch.phraseBonuses` for the services among `touched` that matched all
 * `queryWordCount` words; a name phrase beats a category phrase.
 */
export function markPhraseBonuses(
  index: SearchIndex,
  ranges: PhraseRanges,
  touched: Uint32Array,
  touchedCount: number,
  queryWordCount: number,
): void {
  const { matchedWordCounts, phraseBonuses } = index.scratch;
  for (let term = 0; term < index.termGroupCount; term++) {
    if (!ownerHasPhrase(index.termPhrases, term, ranges)) continue;
    const membersEnd = index.groupServiceStart[term + 1]!;
    for (let p = index.groupServiceStart[term]!; p < membersEnd; p++) {
      const serviceIndex = index.groupServices[p]!;
      if (matchedWordCounts[serviceIndex] === queryWordCount) phraseBonuses[serviceIndex] = CATEGORY_PHRASE_BONUS;
    }
  }
  for (let i = 0; i < touchedCount; i++) {
    const serviceIndex = touched[i]!;
    if (matchedWordCounts[serviceIndex] !== queryWordCount) continue;
    if (ownerHasPhrase(index.serviceNamePhrases, serviceIndex, ranges)) phraseBonuses[serviceIndex] = NAME_PHRASE_BONUS;
  }
}
