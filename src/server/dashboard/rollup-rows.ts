/**
 * A month's referrals, as facts, turned into the rollup's counts (pure, so the counting is
 * tested without a database).
 */
import { responseHoursBucket } from '../../shared/dashboard/response-time.ts';
import { hopLabel, NO_FSA, pairName, type Attribute, type Population } from './rollup-pairs.ts';

/** What the dashboard needs to know of one referral; no person is in it. */
export interface ReferralFact {
  /** Monday of its creation week. */
  week: string;
  organization: string;
  language: string;
  source: string;
  fsa: string | null;
  categories: readonly string[];
  /** 1 for a request as first sent, 2 once passed on, and so on. */
  hop: number;
  /** The organization that sent it: the referring agency, or the one that passed it on; null for a newcomer's own request. */
  from: string | null;
  accepted: boolean;
  completed: boolean;
  rejectedReason: string | null;
  responseHours: number | null;
}

export interface CountRow {
  population: Population;
  pair: string;
  a: string;
  b: string;
  count: number;
}

class Counter {
  readonly #counts = new Map<string, CountRow>();

  add(population: Population, first: Attribute, a: string, second: Attribute, b: string): void {
    const pair = pairName(first, second);
    const key = `${population}\u0000${pair}\u0000${a}\u0000${b}`;
    const row = this.#counts.get(key);
    if (row) row.count += 1;
    else this.#counts.set(key, { population, pair, a, b, count: 1 });
  }

  rows(): CountRow[] {
    return [...this.#counts.values()];
  }
}

function countReferral(counter: Counter, fact: ReferralFact, categories: readonly string[]): void {
  const hop = hopLabel(fact.hop);
  const fsa = fact.fsa ?? NO_FSA;
  counter.add('referral', 'week', fact.week, 'all', '');
  counter.add('referral', 'language', fact.language, 'organization', fact.organization);
  counter.add('referral', 'language', fact.language, 'source', fact.source);
  counter.add('referral', 'organization', fact.organization, 'source', fact.source);
  counter.add('referral', 'language', fact.language, 'hop', hop);
  counter.add('referral', 'organization', fact.organization, 'hop', hop);
  counter.add('referral', 'language', fact.language, 'fsa', fsa);
  if (fact.from) counter.add('referral', 'from', fact.from, 'organization', fact.organization);
  for (const category of categories) {
    counter.add('referral', 'category', category, 'language', fact.language);
    counter.add('referral', 'category', category, 'organization', fact.organization);
    counter.add('referral', 'category', category, 'source', fact.source);
    counter.add('referral', 'category', category, 'hop', hop);
    counter.add('referral', 'category', category, 'fsa', fsa);
  }
}

function countOutcomes(counter: Counter, fact: ReferralFact, categories: readonly string[]): void {
  for (const [population, reached] of [
    ['accepted', fact.accepted],
    ['completed', fact.completed],
  ] as const) {
    if (!reached) continue;
    counter.add(population, 'language', fact.language, 'organization', fact.organization);
    for (const category of categories) counter.add(population, 'category', category, 'language', fact.language);
  }
  if (fact.rejectedReason !== null) {
    counter.add('rejected', 'language', fact.language, 'reason', fact.rejectedReason);
    counter.add('rejected', 'organization', fact.organization, 'reason', fact.rejectedReason);
    for (const category of categories) counter.add('rejected', 'category', category, 'reason', fact.rejectedReason);
  }
  if (fact.responseHours !== null) {
    const hours = String(responseHoursBucket(fact.responseHours));
    counter.add('answered', 'all', '', 'hours', hours);
    counter.add('answered', 'language', fact.language, 'hours', hours);
    counter.add('answered', 'organization', fact.organization, 'hours', hours);
    for (const category of categories) counter.add('answered', 'category', category, 'hours', hours);
  }
}

export function countRowsOf(facts: readonly ReferralFact[]): CountRow[] {
  const counter = new Counter();
  for (const fact of facts) {
    const categories = [...new Set(fact.categories)];
    countReferral(counter, fact, categories);
    countOutcomes(counter, fact, categories);
  }
  return counter.rows();
}
