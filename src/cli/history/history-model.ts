/**
 * How the demo region's sample referral history behaves: more requests in September (school,
 * fall classes) and January (new-year arrivals, winter sessions), fewer in summer and over the
 * holidays, few at weekends, a slow growth; newcomers living mostly in a few FSAs; London's
 * largest newcomer language groups; an agency behind one request in four; most answered within
 * a day or two. Plausible, never real: every record is sample data.
 */
import type { Random } from '../generate/random.ts';

/** January first: relative volume of each calendar month. */
const MONTH_WEIGHTS = [1.35, 1.15, 1.05, 0.95, 0.95, 0.85, 0.75, 0.8, 1.5, 1.2, 1.05, 0.7];
/** Sunday first. */
const WEEKDAY_WEIGHTS = [0.2, 1, 1, 1, 1, 0.95, 0.35];
const GROWTH_PER_YEAR = 0.15;

export function dayWeight(day: Date, yearsFromStart: number): number {
  return MONTH_WEIGHTS[day.getUTCMonth()]! * WEEKDAY_WEIGHTS[day.getUTCDay()]! * (1 + GROWTH_PER_YEAR * yearsFromStart);
}

export interface Weighted<T> {
  value: T;
  weight: number;
}

export function pickWeighted<T>(random: Random, items: readonly Weighted<T>[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random.next() * total;
  for (const item of items) if ((roll -= item.weight) < 0) return item.value;
  return items.at(-1)!.value;
}

const weighted = <T>(entries: readonly [T, number][]): Weighted<T>[] => entries.map(([value, weight]) => ({ value, weight }));

/** Languages asked for, weighted toward London's largest newcomer groups. */
export const requestedLanguages = weighted([
  ['ar', 22],
  ['es', 11],
  ['uk', 9],
  ['en', 8],
  ['zh-Hans', 8],
  ['pa', 7],
  ['fa', 6],
  ['fr', 5],
  ['prs', 4],
  ['ur', 4],
  ['ti', 4],
  ['so', 3],
  ['tl', 3],
  ['ko', 2],
  ['vi', 2],
  ['am', 1],
  ['ps', 1],
]);

/** Where newcomers say they live: most in a few FSAs of east and central London. */
export const residenceFsas = weighted<string | null>([
  ['N5W', 16],
  ['N6A', 13],
  ['N5Y', 12],
  ['N6E', 10],
  ['N5Z', 8],
  ['N6B', 7],
  ['N6C', 6],
  ['N6H', 5],
  ['N6J', 5],
  ['N5V', 3],
  ['N5X', 3],
  ['N6G', 3],
  ['N6K', 2],
  ['N6M', 1],
  ['N6L', 1],
  ['N6N', 0.5],
  ['N6P', 0.5],
  ['N7G', 2],
  [null, 3],
]);

/** The needs people ask about (top-level categories of the taxonomy). */
export const needWeights = weighted([
  ['language-classes', 24],
  ['employment', 16],
  ['settlement', 14],
  ['housing', 10],
  ['health', 7],
  ['education', 5],
  ['language-assessment', 5],
  ['legal', 4],
  ['childcare', 4],
  ['income-benefits', 3],
  ['food', 3],
  ['interpretation', 2],
  ['citizenship', 2],
  ['transit', 1],
]);

export const rejectionReasonWeights = weighted([
  ['no_capacity', 40],
  ['not_eligible', 25],
  ['wrong_service', 15],
  ['could_not_reach', 12],
  ['other', 8],
]);

/** What happens to a request, before time cuts the story short for recent ones. */
export const firstAnswers = weighted<'accept' | 'reject' | 'forward' | 'withdraw'>([
  ['accept', 77],
  ['reject', 12],
  ['forward', 7],
  ['withdraw', 4],
]);

export const acceptedEndings = weighted<'completed' | 'failed' | 'cancelled' | 'on-hold'>([
  ['completed', 78],
  ['failed', 11],
  ['cancelled', 6],
  ['on-hold', 5],
]);

export const AGENCY_SHARE = 0.28;
export const SECOND_NEED_SHARE = 0.18;
/** A forwarded request is forwarded again this often (a second wrong door). */
export const FORWARD_AGAIN_SHARE = 0.15;
export const INTERPRETER_SHARE = 0.45;

const HOUR_MS = 3_600_000;

/** Hours to a first answer: log-normal, median about 20 hours, one in ten over five days. */
export function responseHours(random: Random): number {
  // Box–Muller: a standard normal from two uniforms.
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.min(24 * 60, Math.exp(Math.log(20) + 1.35 * normal));
}

/** Days a service works with someone before closing their referral. */
export function serviceDays(random: Random): number {
  return 7 + random.int(0, 80);
}

export const hoursLater = (at: Date, hours: number): Date => new Date(at.getTime() + hours * HOUR_MS);
