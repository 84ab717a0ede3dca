/**
 * The shape of the search index: an inverted index over the directory's word vocabulary, held
 * in typed arrays so 60,000 services fit on a cheap phone and a keystroke walks flat memory.
 *
 * Words are numbered in sorted order, so every word starting with a prefix is one contiguous id
 * range. Category and organization words are not posted per service: they point at a "group"
 * (a taxonomy term or an organization) whose member list is shared, because a service carries
 * a thousand or more category words (labels and synonyms in every shipped language) and
 * posting each one per service would dominate memory.
 */
import type { FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import type { SearchScratch } from './search-scratch.ts';
import type { WordResultCache } from './word-result-cache.ts';

/** Service positions, narrowed to 16 bits whenever the directory has fewer than 65,536 services. */
export type ServicePositions = Uint16Array | Uint32Array;

/**
 * Word-id sequences, one per phrase, each ended by the largest value `tokens` holds (above
 * every word id). 16-bit when the vocabulary allows: names are the biggest sequences.
 */
export interface PhraseSequences {
  /** For owner `i`, its phrases lie in `tokens[start[i]]` up to `tokens[start[i + 1]]`. */
  readonly start: Uint32Array;
  readonly tokens: Uint16Array | Uint32Array;
}

export interface SearchIndex {
  readonly serviceCount: number;
  /** `directory.services[i].id`, so a hit can name its service without the directory. */
  readonly serviceIds: readonly string[];
  /** Unique normalized words, sorted by UTF-16 code unit; a word's position is its id. */
  readonly vocabulary: readonly string[];

  /**
   * Per word `w`, the services whose name holds it, `postingServices[postingBounds[2w] ...
   * postingBounds[2w + 1])`, then those whose description only holds it, up to
   * `postingBounds[2w + 2]`. A service is posted once per word, in its best field.
   */
  readonly postingBounds: Uint32Array;
  readonly postingServices: ServicePositions;

  /** Per word, the groups whose texts hold it: `groupPostings[groupPostingStart[w] ...]`. */
  readonly groupPostingStart: Uint32Array;
  readonly groupPostings: Uint32Array;
  /** Field weight of each group: category for taxonomy terms, organization for organizations. */
  readonly groupWeights: Float32Array;
  /** Members of group `g`: `groupServices[groupServiceStart[g] ...]`. */
  readonly groupServiceStart: Uint32Array;
  readonly groupServices: ServicePositions;
  /** Groups `0 .. termGroupCount - 1` are taxonomy terms; organizations follow. */
  readonly termGroupCount: number;

  /** Each service's names (every language), for the exact-phrase bonus. */
  readonly serviceNamePhrases: PhraseSequences;
  /** Each taxonomy term's labels and synonyms (every language), for the exact-phrase bonus. */
  readonly termPhrases: PhraseSequences;

  readonly fuzzy: FuzzyVocabulary;
  /** Per-query working memory, allocated once: the index lives in one worker, used serially. */
  readonly scratch: SearchScratch;
  /** Scored words, so typing one more letter re-scores only the word being typed. */
  readonly wordCache: WordResultCache;
}

export interface SearchHit {
  /** Position of the service in `directory.services`. */
  serviceIndex: number;
  serviceId: string;
  score: number;
}

export interface SearchOptions {
  /**
   * Services the filters allow, by position in `directory.services`: a set of positions or a
   * mask where a non-zero byte allows the service. Omitted: every service may match.
   */
  candidates?: ReadonlySet<number> | Uint8Array;
  /** Most hits to return, best first. Default 50; pass the service count (or Infinity) for all. */
  limit?: number;
}

export interface SearchResults {
  hits: SearchHit[];
  /** How many services matched (within the candidates), including those beyond `limit`. */
  total: number;
}
