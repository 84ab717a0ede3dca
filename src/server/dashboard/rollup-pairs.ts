/**
 * What the monthly rollup counts: for each group of referrals (a population), pairs of their
 * attributes, plus the referrals of each week (`week|all`). Every view reads one pair over a
 * year and derives the one-way figures from it, so the same figure always comes from the same
 * counts.
 *
 * A referral with several need categories counts once in each category: category counts are
 * mentions, and add up to more than the referrals.
 */
export const populations = ['referral', 'accepted', 'completed', 'rejected', 'answered'] as const;
export type Population = (typeof populations)[number];

export type Attribute = 'category' | 'language' | 'organization' | 'source' | 'hop' | 'fsa' | 'from' | 'reason' | 'hours' | 'week' | 'all';

/** `category|language`: `a` holds the first attribute's value, `b` the second's. */
export type Pair = `${Attribute}|${Attribute}`;

export const pairName = (first: Attribute, second: Attribute): Pair => `${first}|${second}`;

/** How many times a referral has been passed on before reaching this organization, from 1; 4 and more together. */
export const hopLabels = ['1', '2', '3', '4+'] as const;
export const hopLabel = (hop: number): string => (hop >= 4 ? '4+' : String(hop));

/** FSA unknown: the newcomer did not give a postal code. */
export const NO_FSA = '';
