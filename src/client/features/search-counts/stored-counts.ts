/**
 * What the device keeps between visits: the region the counts were made in, the days' counts,
 * and the day of the last report that reached the server (so a report goes at most once a day).
 * No identifier of the device or the person, and no time finer than the day.
 */
import { addSearch, recentDays, type CountedSearch, type DayCounts } from './daily-counts.ts';
import { daysDue, type ReportOutcome } from './search-count-report.ts';

export interface StoredCounts {
  region: string;
  days: DayCounts[];
  lastReportDay: string | null;
}

const isCounts = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((count) => typeof count === 'number');

function isDayCounts(value: unknown): value is DayCounts {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<DayCounts>;
  return (
    typeof entry.day === 'string' && typeof entry.searches === 'number' &&
    isCounts(entry.uiLanguages) && isCounts(entry.queries) && isCounts(entry.emptyQueries) && isCounts(entry.filters)
  );
}

/** What storage held, or null when it held nothing readable (another version, edited by hand): counting starts over. */
export function parseStoredCounts(raw: string | null): StoredCounts | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredCounts> | null;
    if (!value || typeof value.region !== 'string' || !Array.isArray(value.days)) return null;
    return {
      region: value.region,
      // A day that is not the right shape is dropped alone; the schema checks the rest before sending.
      days: value.days.filter(isDayCounts),
      lastReportDay: typeof value.lastReportDay === 'string' ? value.lastReportDay : null,
    };
  } catch {
    return null;
  }
}

/** With one more search counted today, in `region`. Counts of another region (a device moved to another deployment) are let go. */
export function withSearch(stored: StoredCounts | null, region: string, today: string, search: CountedSearch): StoredCounts {
  const current = stored?.region === region ? stored : { region, days: [], lastReportDay: null };
  return { ...current, days: addSearch(current.days, today, search) };
}

/** A report is due when whole past days wait and none reached the server today. */
export const reportIsDue = (stored: StoredCounts, today: string): boolean => stored.lastReportDay !== today && daysDue(stored.days, today).length > 0;

/**
 * After the server answered: the days sent go once accepted or refused for good, and stay for a
 * later day otherwise; days that could never be sent go either way.
 */
export function afterReport(stored: StoredCounts, today: string, outcome: ReportOutcome, sent: readonly string[], unsendable: readonly string[]): StoredCounts {
  const gone = new Set([...unsendable, ...(outcome === 'later' ? [] : sent)]);
  return { ...stored, days: recentDays(stored.days, today).filter((entry) => !gone.has(entry.day)), lastReportDay: today };
}

/** Without the days that could never be sent, when there was nothing to send. */
export function withoutDays(stored: StoredCounts, days: readonly string[]): StoredCounts {
  return { ...stored, days: stored.days.filter((entry) => !days.includes(entry.day)) };
}
