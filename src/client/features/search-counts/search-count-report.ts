/**
 * Which days go in the next report, the report itself, and what an answer means for the days
 * sent. Pure, so the rules are tested without a browser or a server.
 */
import { MAX_REPORT_BYTES, MAX_REPORT_DAYS, searchCountDaySchema, searchCountReportSchema, type SearchCountReport } from '../../../shared/dashboard/search-counts-contract.ts';
import { oldestKeptDay, type DayCounts } from './daily-counts.ts';

/** Whole past days of the last week, oldest first: today is still being counted. */
export function daysDue(days: readonly DayCounts[], today: string): DayCounts[] {
  const oldest = oldestKeptDay(today);
  return days.filter((entry) => entry.day < today && entry.day >= oldest).sort((a, b) => a.day.localeCompare(b.day));
}

export interface BuiltReport {
  report: SearchCountReport;
  /** The days in the report: deleted once it is accepted. */
  sent: string[];
}

export interface ReportPlan {
  /** Null when no day can go now. */
  built: BuiltReport | null;
  /** Days the server could never accept (malformed, too large alone): dropped rather than kept forever. */
  unsendable: string[];
}

const byteLength = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * The report for the days due: every day checked against the shared schema first, so a
 * malformed report is never sent, then the oldest days that fit in the size limit (the rest
 * wait for the next report).
 */
export function planReport(days: readonly DayCounts[], today: string): ReportPlan {
  const unsendable: string[] = [];
  const included: DayCounts[] = [];
  for (const entry of daysDue(days, today)) {
    if (!searchCountDaySchema.safeParse(entry).success || byteLength({ days: [entry] }) > MAX_REPORT_BYTES) {
      unsendable.push(entry.day);
      continue;
    }
    if (included.length === MAX_REPORT_DAYS || byteLength({ days: [...included, entry] }) > MAX_REPORT_BYTES) break;
    included.push(entry);
  }
  const checked = searchCountReportSchema.safeParse({ days: included });
  if (!checked.success) return { built: null, unsendable };
  return { built: { report: { days: included }, sent: included.map((entry) => entry.day) }, unsendable };
}

/**
 * What an answer means: accepted (202); refused for good (any other 4xx: the same report would be
 * refused again); or later (429, 5xx, anything unexpected: the counts wait for another day).
 */
export type ReportOutcome = 'accepted' | 'refused' | 'later';

export function reportOutcome(status: number): ReportOutcome {
  if (status >= 200 && status < 300) return 'accepted';
  if (status >= 400 && status < 500 && status !== 429) return 'refused';
  return 'later';
}
