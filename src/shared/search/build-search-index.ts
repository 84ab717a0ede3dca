/**
 * Builds the search index of a directory, once, inside the search worker. Every text goes
 * through the same `tokenize` as the query, so accents, case, apostrophes and Arabic letter
 * variants match however either side was written.
 */
import type { Directory } from '../schema/directory.ts';
import { needTerms, termWithAncestors } from '../taxonomy/taxonomy.ts';
import { tokenize } from '../text/normalize.ts';
import { buildFuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { organizationNameTexts, serviceDescriptionTexts, serviceNameTexts, termTexts } from './indexed-texts.ts';
import {
  countingSort,
  GrowableUint32,
  PROVISIONAL_PHRASE_END,
  renumberPhrases,
  servicePositions,
  VocabularyBuilder,
  WordStamps,
} from './postings-builder.ts';
import { FIELD_WEIGHTS } from './ranking-weights.ts';
import { createSearchScratch } from './search-scratch.ts';
import type { SearchIndex } from './search-index.ts';
import { WordResultCache } from './word-result-cache.ts';

/** Pairs collected record by record, sorted into per-key lists once the vocabulary is known. */
class PairCollector {
  readonly keys = new GrowableUint32();
  readonly items = new GrowableUint32();

  add(key: number, item: number): void {
    this.keys.push(key);
    this.items.push(item);
  }
}

/** Word-id sequences of phrases, grouped by owner (a service's names, a term's synonyms). */
class PhraseCollector {
  readonly start = new GrowableUint32();
  readonly tokens = new GrowableUint32();

  beginOwner(): void {
    this.start.push(this.tokens.length);
  }

  addPhrase(wordIds: number[]): void {
    for (const wordId of wordIds) this.tokens.push(wordId);
    this.tokens.push(PROVISIONAL_PHRASE_END);
  }

  finish(): void {
    this.start.push(this.tokens.length);
  }
}

/** Groups each service belongs to: its terms with their ancestors, then its organization. */
function collectGroupMembers(directory: Directory, termGroupCount: number): PairCollector {
  const termGroupOf = new Map(needTerms.map((term, group) => [term.id, group]));
  const organizationGroupOf = new Map(directory.organizations.map((organization, i) => [organization.id, termGroupCount + i]));
  const members = new PairCollector();
  directory.services.forEach((service, serviceIndex) => {
    const groups = new Set<number>();
    for (const attribute of service.attributes ?? []) {
      for (const termId of termWithAncestors(attribute.taxonomy_term_id)) groups.add(termGroupOf.get(termId)!);
    }
    const organizationGroup = organizationGroupOf.get(service.organization_id);
    if (organizationGroup !== undefined) groups.add(organizationGroup);
    for (const group of groups) members.add(group, serviceIndex);
  });
  return members;
}

export function buildSearchIndex(directory: Directory): SearchIndex {
  const serviceCount = directory.services.length;
  const vocabulary = new VocabularyBuilder();
  const stamps = new WordStamps();
  // Directories repeat texts (shared descriptions, organization names, "Free"), and tokenizing
  // dominates the build, so each distinct text is tokenized once.
  const tokenizedTexts = new Map<string, number[]>();
  const wordIdsOf = (text: string) => {
    let wordIds = tokenizedTexts.get(text);
    if (!wordIds) tokenizedTexts.set(text, (wordIds = tokenize(text).map((word) => vocabulary.idOf(word))));
    return wordIds;
  };

  // Key: word id × 2, + 1 for a description-only hit; a word's name hits then sort first.
  const servicePostings = new PairCollector();
  const namePhrases = new PhraseCollector();
  directory.services.forEach((service, serviceIndex) => {
    namePhrases.beginOwner();
    for (const text of serviceNameTexts(service)) {
      const wordIds = wordIdsOf(text);
      namePhrases.addPhrase(wordIds);
      for (const wordId of wordIds) {
        if (stamps.markFirst(wordId, serviceIndex)) servicePostings.add(wordId * 2, serviceIndex);
      }
    }
    for (const text of serviceDescriptionTexts(service)) {
      for (const wordId of wordIdsOf(text)) {
        if (stamps.markFirst(wordId, serviceIndex)) servicePostings.add(wordId * 2 + 1, serviceIndex);
      }
    }
  });
  namePhrases.finish();

  const termGroupCount = needTerms.length;
  const groupCount = termGroupCount + directory.organizations.length;
  const groupWeights = new Float32Array(groupCount).fill(FIELD_WEIGHTS.organization, termGroupCount);
  groupWeights.fill(FIELD_WEIGHTS.category, 0, termGroupCount);
  const groupPostings = new PairCollector();
  const termPhrases = new PhraseCollector();
  // Stamps continue past the service positions so a group never shares one with a service.
  needTerms.forEach((term, group) => {
    termPhrases.beginOwner();
    for (const text of termTexts(term)) {
      const wordIds = wordIdsOf(text);
      termPhrases.addPhrase(wordIds);
      for (const wordId of wordIds) {
        if (stamps.markFirst(wordId, serviceCount + group)) groupPostings.add(wordId, group);
      }
    }
  });
  termPhrases.finish();
  directory.organizations.forEach((organization, i) => {
    const group = termGroupCount + i;
    for (const text of organizationNameTexts(organization)) {
      for (const wordId of wordIdsOf(text)) {
        if (stamps.markFirst(wordId, serviceCount + group)) groupPostings.add(wordId, group);
      }
    }
  });

  const { sortedWords, newIds } = vocabulary.sort();
  const wordCount = sortedWords.length;

  const servicePostingKeys = servicePostings.keys.toArray();
  for (let i = 0; i < servicePostingKeys.length; i++) {
    const key = servicePostingKeys[i]!;
    servicePostingKeys[i] = newIds[key >>> 1]! * 2 + (key & 1);
  }
  const postingItems = servicePostings.items.toArray();
  const postings = countingSort(servicePostingKeys, postingItems, wordCount * 2, servicePositions(serviceCount, postingItems.length));

  const groupPostingKeys = groupPostings.keys.toArray().map((wordId) => newIds[wordId]!);
  const groupItems = groupPostings.items.toArray();
  const groupsByWord = countingSort(groupPostingKeys, groupItems, wordCount, new Uint32Array(groupItems.length));

  const members = collectGroupMembers(directory, termGroupCount);
  const memberItems = members.items.toArray();
  const groupMembers = countingSort(members.keys.toArray(), memberItems, groupCount, servicePositions(serviceCount, memberItems.length));

  return {
    serviceCount,
    serviceIds: directory.services.map((service) => service.id),
    vocabulary: sortedWords,
    postingBounds: postings.start,
    postingServices: postings.sorted,
    groupPostingStart: groupsByWord.start,
    groupPostings: groupsByWord.sorted,
    groupWeights,
    groupServiceStart: groupMembers.start,
    groupServices: groupMembers.sorted,
    termGroupCount,
    serviceNamePhrases: renumberPhrases(namePhrases.start, namePhrases.tokens, newIds),
    termPhrases: renumberPhrases(termPhrases.start, termPhrases.tokens, newIds),
    fuzzy: buildFuzzyVocabulary(sortedWords),
    scratch: createSearchScratch(serviceCount),
    wordCache: new WordResultCache(),
  };
}
