/**
 * The dashboard's calendar: weeks (Monday to Sunday, UTC), months made of whole weeks, and
 * fiscal years (April to March, as IRCC reports) made of whole months.
 *
 * A week belongs to the month its Thursday falls in (the ISO 8601 rule for years), so every
 * month and year is an exact sum of weeks. Weekly, monthly and yearly figures then add up, and
 * the small-count protection can treat them as one tree; with calendar months, a week cut in two
 * at a month's edge would let a hidden weekly figure be worked out from the monthly ones.
 */

const DAY_MS = 86_400_000;
/** IRCC's fiscal year starts on April 1 (month index 3). */
const FISCAL_YEAR_FIRST_MONTH = 3;
const MONTHS_IN_YEAR = 12;

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** The Monday (YYYY-MM-DD) of the UTC week holding an instant or a day. */
export function weekOf(instantOrDay: string): string {
  const time = Date.parse(instantOrDay.length === 10 ? `${instantOrDay}T00:00:00.000Z` : instantOrDay);
  const midnight = Math.floor(time / DAY_MS) * DAY_MS;
  const daysSinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return isoDay(midnight - daysSinceMonday * DAY_MS);
}

export function addDays(day: string, days: number): string {
  return isoDay(dayStart(day) + days * DAY_MS);
}

/** The month (YYYY-MM) a week belongs to: the month of its Thursday. */
export function monthOfWeek(week: string): string {
  return addDays(week, 3).slice(0, 7);
}

/** The fiscal year a month belongs to, named by the year it starts in (2025 = April 2025 to March 2026). */
export function fiscalYearOfMonth(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) - 1 < FISCAL_YEAR_FIRST_MONTH ? year - 1 : year;
}

export function fiscalYearOfWeek(week: string): number {
  return fiscalYearOfMonth(monthOfWeek(week));
}

/** The year's twelve months, April first. */
export function monthsOfFiscalYear(fiscalYear: number): string[] {
  return Array.from({ length: MONTHS_IN_YEAR }, (_, index) => {
    const monthIndex = FISCAL_YEAR_FIRST_MONTH + index;
    const year = fiscalYear + Math.floor(monthIndex / MONTHS_IN_YEAR);
    return `${year}-${String((monthIndex % MONTHS_IN_YEAR) + 1).padStart(2, '0')}`;
  });
}

/** The first Monday whose week belongs to the month. */
export function firstWeekOfMonth(month: string): string {
  const monday = weekOf(`${month}-01`);
  return monthOfWeek(monday) === month ? monday : addDays(monday, 7);
}

export function nextMonth(month: string): string {
  const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/** The Mondays of the month's weeks: four or five. */
export function weeksOfMonth(month: string): string[] {
  const weeks: string[] = [];
  for (let week = firstWeekOfMonth(month); monthOfWeek(week) === month; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

export interface FiscalYearSpan {
  fiscalYear: number;
  /** The first Monday of the year's first week. */
  firstWeek: string;
  /** The Monday after the year's last week: weeks `w` of the year are firstWeek <= w < endWeek. */
  endWeek: string;
  months: string[];
}

export function fiscalYearSpan(fiscalYear: number): FiscalYearSpan {
  const months = monthsOfFiscalYear(fiscalYear);
  return { fiscalYear, firstWeek: firstWeekOfMonth(months[0]!), endWeek: firstWeekOfMonth(nextMonth(months[11]!)), months };
}

/** `2025-26`: how a fiscal year is usually written. */
export function fiscalYearLabel(fiscalYear: number): string {
  return `${fiscalYear}-${String((fiscalYear + 1) % 100).padStart(2, '0')}`;
}

export function currentFiscalYear(now: Date): number {
  return fiscalYearOfWeek(weekOf(now.toISOString()));
}
