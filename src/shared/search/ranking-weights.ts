/**
 * The numbers behind the ranking, in one place so they can be tuned together.
 *
 * A service's score for one query word is `match quality × field weight`, keeping the best of
 * its fields. Words are then weighted by rarity and summed, and the sum is scaled by the share
 * of the query the service covers, so services matching every word come first while partial
 * matches still appear below them.
 */

/** Where a word was found: a name says what the service is, a description only mentions it. */
export const FIELD_WEIGHTS = {
  name: 1,
  category: 0.7,
  organization: 0.5,
  description: 0.3,
} as const;

/** A word typed exactly as it appears in the listing. */
export const EXACT_QUALITY = 1;

/**
 * A vocabulary word that starts with the query word: the more of it typed, the better, from
 * `PREFIX_MIN_QUALITY` (barely started) towards `PREFIX_MIN_QUALITY + PREFIX_TYPED_SHARE_QUALITY`.
 */
export const PREFIX_MIN_QUALITY = 0.55;
export const PREFIX_TYPED_SHARE_QUALITY = 0.35;

export function prefixQuality(typedLength: number, wordLength: number): number {
  return PREFIX_MIN_QUALITY + PREFIX_TYPED_SHARE_QUALITY * (typedLength / wordLength);
}

/** A typo correction never outranks what was typed correctly: its best quality stays below. */
export const FUZZY_MAX_QUALITY = 0.8;

/**
 * How much of its score a service keeps for covering `share` of the query's (rarity-weighted)
 * words: squared, so a service matching one of two equally rare words keeps a quarter and
 * ranks under services that match both.
 */
export function coverageFactor(share: number): number {
  return share * share;
}

/**
 * A query word found in more than this share of the services ("de", "the", "ال") only adds
 * to services other words found, unless the query has no other word. Services matching
 * only such a word would rank at the bottom anyway, and leaving them out keeps the keystroke
 * from touching the whole directory.
 */
export const COMMON_WORD_SHARE = 0.5;

/** Multi-word query found as a phrase in the service's name, or in one of its category names. */
export const NAME_PHRASE_BONUS = 1.5;
export const CATEGORY_PHRASE_BONUS = 1.25;

/** A pasted paragraph is not a search; words beyond this are ignored to bound the work. */
export const MAX_QUERY_WORDS = 10;

export const DEFAULT_HIT_LIMIT = 50;

/**
 * Rarity weight of a query word touching `matchedServices` of `serviceCount` services: "de",
 * "and" or "services" weigh little, "LINC" or "dentist" a lot (inverse document frequency).
 */
export function rarityWeight(serviceCount: number, matchedServices: number): number {
  return Math.log(1 + serviceCount / Math.max(1, matchedServices));
}
