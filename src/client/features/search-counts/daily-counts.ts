/**
 * A device's search counts, one entry per UTC day (the contract's day, and the finest time kept),
 * added to as searches settle. Pure: where they are kept and how they are sent live elsewhere.
 */
import { MAX_FILTERS_PER_DAY, MAX_REPORT_DAYS, MAX_SEARCHES_PER_DAY, MAX_TEXTS_PER_DAY } from '../../../shared/dashboard/search-counts-contract.ts';

/** One day's counts, in the shape the contract's `searchCountDaySchema` reads. */
export interface DayCounts {
  day: string;
  searches: number;
  uiLanguages: Record<string, number>;
  queries: Record<string, number>;
  emptyQueries: Record<string, number>;
  filters: Record<string, number>;
}

/** One settled search, reduced to what may be counted. */
export interface CountedSearch {
  uiLanguage: string;
  /** The normalized words typed, or null when there were none or they cannot be counted (digits, too long). */
  text: string | null;
  foundNothing: boolean;
  /** The app's filter keys (`category:housing`, `when:evenings`). */
  filters: string[];
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day an instant falls on. */
export const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

/** The oldest day still worth keeping: a report covers the last week only, so older days could never be sent. */
export const oldestKeptDay = (today: string): string => addDays(today, -MAX_REPORT_DAYS);

export const recentDays = (days: readonly DayCounts[], today: string): DayCounts[] => days.filter((entry) => entry.day >= oldestKeptDay(today));

const emptyDay = (day: string): DayCounts => ({ day, searches: 0, uiLanguages: {}, queries: {}, emptyQueries: {}, filters: {} });

/** Adds one to a key, unless it is a new key and the day already has `maxKeys`: storage never grows past the contract's caps. */
function bump(counts: Record<string, number>, key: string, maxKeys: number): boolean {
  if (!(key in counts) && Object.keys(counts).length >= maxKeys) return false;
  counts[key] = (counts[key] ?? 0) + 1;
  return true;
}

function withSearch(entry: DayCounts, search: CountedSearch): DayCounts {
  // Past the contract's ceiling the day would be refused whole; the searches beyond it go uncounted.
  if (entry.searches >= MAX_SEARCHES_PER_DAY) return entry;
  const next: DayCounts = {
    day: entry.day,
    searches: entry.searches + 1,
    uiLanguages: { ...entry.uiLanguages },
    queries: { ...entry.queries },
    emptyQueries: { ...entry.emptyQueries },
    filters: { ...entry.filters },
  };
  next.uiLanguages[search.uiLanguage] = (next.uiLanguages[search.uiLanguage] ?? 0) + 1;
  // A text that found nothing is counted among the day's texts too, as the contract requires.
  if (search.text !== null && bump(next.queries, search.text, MAX_TEXTS_PER_DAY) && search.foundNothing) bump(next.emptyQueries, search.text, MAX_TEXTS_PER_DAY);
  for (const key of new Set(search.filters)) bump(next.filters, key, MAX_FILTERS_PER_DAY);
  return next;
}

/** The days with one more search counted today; days too old to be sent are dropped on the way. */
export function addSearch(days: readonly DayCounts[], today: string, search: CountedSearch): DayCounts[] {
  const kept = recentDays(days, today);
  const current = kept.find((entry) => entry.day === today) ?? emptyDay(today);
  return [...kept.filter((entry) => entry.day !== today), withSearch(current, search)].sort((a, b) => a.day.localeCompare(b.day));
}
