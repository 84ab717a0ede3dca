/**
 * Working memory of a search, sized to the service count and allocated once with the index:
 * a keystroke must not allocate arrays as big as the directory. Every array is back to zero
 * after each use; the `touched` lists say which entries to clear, so resetting costs as much as
 * the matches did, not as much as the directory.
 */

export interface SearchScratch {
  /** One query word's best score per service, while its matches are merged. */
  readonly wordScores: Float32Array;
  readonly wordTouched: Uint32Array;
  /** Rarity-weighted sum of the query words' scores per service. */
  readonly totalScores: Float32Array;
  /** Rarity weight of the query words each service matched. */
  readonly coveredWeights: Float32Array;
  readonly matchedWordCounts: Uint8Array;
  /** Phrase bonus factor per service; 0 stands for none. */
  readonly phraseBonuses: Float32Array;
  readonly queryTouched: Uint32Array;
  /** Final scores of the services the filters allow, listed in `rankedServices`. */
  readonly finalScores: Float32Array;
  readonly rankedServices: Uint32Array;
  /** Sort keys when most matches are asked for; see `top-hits.ts`. */
  readonly sortKeys: Float64Array;
}

export function createSearchScratch(serviceCount: number): SearchScratch {
  return {
    wordScores: new Float32Array(serviceCount),
    wordTouched: new Uint32Array(serviceCount),
    totalScores: new Float32Array(serviceCount),
    coveredWeights: new Float32Array(serviceCount),
    matchedWordCounts: new Uint8Array(serviceCount),
    phraseBonuses: new Float32Array(serviceCount),
    queryTouched: new Uint32Array(serviceCount),
    finalScores: new Float32Array(serviceCount),
    rankedServices: new Uint32Array(serviceCount),
    sortKeys: new Float64Array(serviceCount),
  };
}
