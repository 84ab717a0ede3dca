/**
 * The demo region's sample search history, as phones would have reported it: daily counts of
 * searches by interface language, the texts typed (normalized, letters only), those that found
 * nothing, and the filters used. Volume follows the same seasons as referrals, about a dozen
 * searches for each request made.
 */
import type { SearchCountDayTable } from '../../server/db/schema.ts';
import { normalizeText } from '../../shared/text/normalize.ts';
import type { Random } from '../generate/random.ts';
import { dayWeight, type Weighted } from './history-model.ts';

const DAY_MS = 86_400_000;
const SEARCHES_PER_REQUEST = 12;
/** A phone reports about four days' searches at a time. */
const SEARCHES_PER_REPORT = 4;

const uiLanguages: Weighted<string>[] = [
  ['en', 34],
  ['ar', 16],
  ['es', 8],
  ['fr', 7],
  ['zh-Hans', 6],
  ['uk', 6],
  ['pa', 5],
  ['fa', 5],
  ['ur', 3],
  ['prs', 3],
  ['ti', 2],
  ['so', 2],
  ['tl', 2],
  ['ko', 1],
].map(([value, weight]) => ({ value: value as string, weight: weight as number }));

/** What people type, found or not: normalized as the app sends them. */
const queries: Weighted<{ text: string; foundNothing: number }>[] = (
  [
    ['english class', 30, 0],
    ['esl', 14, 0],
    ['job', 18, 0],
    ['resume help', 8, 0],
    ['cours de français', 6, 0],
    ['housing', 12, 0.1],
    ['apartment', 7, 0.5],
    ['family doctor', 9, 0.6],
    ['dentist', 6, 0.9],
    ['daycare', 7, 0.7],
    ['lawyer', 4, 0.2],
    ['food bank', 6, 0],
    ['driving licence', 5, 0.8],
    ['tax help', 4, 0.6],
    ['citizenship test', 3, 0],
    ['دروس اللغة الإنجليزية', 9, 0],
    ['عمل', 5, 0],
    ['英语课', 4, 0],
    ['робота', 4, 0],
    ['clases de ingles', 5, 0],
    ['mosque', 2, 0.7],
    ['winter coat', 3, 0.9],
  ] as const
).map(([text, weight, foundNothing]) => ({ value: { text: normalizeText(text), foundNothing }, weight }));

const filters: Weighted<string>[] = [
  ['category:language-classes', 20],
  ['category:employment', 12],
  ['category:housing', 8],
  ['category:health', 6],
  ['language:ar', 6],
  ['language:fr', 4],
  ['feature:free', 14],
  ['when:evenings', 9],
  ['when:weekends', 5],
  ['when:open_now', 6],
  ['radius:5', 7],
  ['audience:women', 3],
  ['audience:youth', 3],
].map(([value, weight]) => ({ value: value as string, weight: weight as number }));

type DayRow = Omit<SearchCountDayTable, 'region_id'>;

/** `total` shared among the items by weight, each share varied by ±15%; items that get none are left out. */
function share<T>(random: Random, total: number, items: readonly Weighted<T>[]): Map<T, number> {
  const weightSum = items.reduce((sum, item) => sum + item.weight, 0);
  const counts = new Map<T, number>();
  for (const { value, weight } of items) {
    const count = Math.round(((total * weight) / weightSum) * (0.85 + 0.3 * random.next()));
    if (count > 0) counts.set(value, count);
  }
  return counts;
}

/** One row per day and counted thing, from `start` to `end`, for about `requests` requests' worth of searching. */
export function searchHistoryRows(random: Random, { requests, start, end }: { requests: number; start: Date; end: Date }): DayRow[] {
  const days: { day: string; weight: number }[] = [];
  for (let time = start.getTime(); time < end.getTime(); time += DAY_MS) {
    days.push({ day: new Date(time).toISOString().slice(0, 10), weight: dayWeight(new Date(time), (time - start.getTime()) / (365 * DAY_MS)) });
  }
  const totalWeight = days.reduce((sum, day) => sum + day.weight, 0);
  const rows: DayRow[] = [];
  for (const { day, weight } of days) {
    const expected = ((requests * SEARCHES_PER_REQUEST * weight) / totalWeight) * (0.8 + 0.4 * random.next());
    // Each search has one interface language: the day's searches are what those add up to.
    const byLanguage = share(random, expected, uiLanguages);
    const searches = [...byLanguage.values()].reduce((sum, count) => sum + count, 0);
    if (searches === 0) continue;
    const reports = Math.max(1, Math.round(searches / SEARCHES_PER_REPORT));
    const add = (kind: string, counts: ReadonlyMap<string, number>) => {
      for (const [key, count] of counts) rows.push({ day, kind, key, count, reports: Math.min(reports, count) });
    };
    rows.push({ day, kind: 'searches', key: '', count: searches, reports });
    add('ui-language', byLanguage);
    const typed = share(random, searches * 0.7, queries);
    add('query', new Map([...typed].map(([query, count]) => [query.text, count])));
    add('empty-query', new Map([...typed].flatMap(([query, count]) => (Math.round(count * query.foundNothing) > 0 ? [[query.text, Math.round(count * query.foundNothing)] as const] : []))));
    add('filter', share(random, searches * 0.5, filters));
  }
  return rows;
}
