/**
 * Opening hours from HSDS schedules (iCal RRULE-style: `freq`, `byday`, `opens_at`,
 * `closes_at`), read in the region's time zone whatever the device's zone is.
 * Days are numbered 0 = Monday … 6 = Sunday, as RRULE's `wkst` default orders them.
 */
import { weekdayCodes, type WeekdayCode } from '../schema/vocabularies.ts';
import type { Schedule } from '../schema/directory.ts';

export interface WeeklyOpening {
  day: number;
  /** Minutes after midnight. */
  opens: number;
  closes: number;
  /** The schedule's validity dates (ISO), when it has them. */
  validFrom?: string;
  validTo?: string;
}

export interface OpenStatus {
  open: boolean;
  /** When open: today's closing time (minutes after midnight). */
  closesAt?: number;
  /** When closed: the next opening, `inDays` 0 meaning later today. */
  next?: { day: number; opens: number; inDays: number };
}

export const EVENING_STARTS = 17 * 60;

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** "MO,WE" → [0, 2]; an ordinal like "1MO" (first Monday of a month) counts as that weekday. */
function daysOf(byday: string): number[] {
  return byday
    .split(',')
    .map((part) => weekdayCodes.indexOf(part.trim().replace(/^[+-]?\d+/, '') as WeekdayCode))
    .filter((day) => day >= 0);
}

const MIDNIGHT = 24 * 60;

function isValidOn(opening: WeeklyOpening, isoDate: string): boolean {
  return !(opening.validFrom && isoDate < opening.validFrom) && !(opening.validTo && isoDate > opening.validTo);
}

/**
 * The weekly pattern of openings, sorted by day then time; with `onDate`, only those valid that
 * day. Hours past midnight (a shelter open 20:00–08:00) continue on the next day.
 */
export function weeklyOpenings(schedules: readonly Schedule[], onDate?: string): WeeklyOpening[] {
  const openings: WeeklyOpening[] = [];
  for (const schedule of schedules) {
    if (!schedule.opens_at || !schedule.closes_at || !schedule.byday) continue;
    if (schedule.freq && schedule.freq !== 'WEEKLY' && schedule.freq !== 'MONTHLY') continue;
    const validity = { ...(schedule.valid_from && { validFrom: schedule.valid_from }), ...(schedule.valid_to && { validTo: schedule.valid_to }) };
    const opens = minutesOf(schedule.opens_at);
    const closes = minutesOf(schedule.closes_at);
    if (closes === opens) continue;
    for (const day of daysOf(schedule.byday)) {
      if (closes > opens) {
        openings.push({ day, opens, closes, ...validity });
      } else {
        openings.push({ day, opens, closes: MIDNIGHT, ...validity }, { day: (day + 1) % 7, opens: 0, closes, ...validity });
      }
    }
  }
  return openings.filter((opening) => !onDate || isValidOn(opening, onDate)).sort((a, b) => a.day - b.day || a.opens - b.opens);
}

export interface WallClock {
  day: number;
  minute: number;
  isoDate: string;
}

// Building a DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock day (0 = Monday), minute and ISO date of an instant in a time zone. */
export function wallClock(now: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  return {
    day,
    minute: Number(part('hour')) * 60 + Number(part('minute')),
    isoDate: `${part('year')}-${part('month')}-${part('day')}`,
  };
}

export function openStatus(schedules: readonly Schedule[], now: Date, timeZone: string): OpenStatus {
  return openStatusAt(schedules, wallClock(now, timeZone));
}

/** `openStatus` for a clock already read, when many services are checked at one instant. */
export function openStatusAt(schedules: readonly Schedule[], clock: WallClock): OpenStatus {
  return openStatusOf(weeklyOpenings(schedules), clock);
}

/** From openings computed once (the search worker keeps them per service). */
export function openStatusOf(allOpenings: readonly WeeklyOpening[], clock: WallClock): OpenStatus {
  const openings = allOpenings.filter((opening) => isValidOn(opening, clock.isoDate));
  const current = openings.find((o) => o.day === clock.day && o.opens <= clock.minute && clock.minute < o.closes);
  if (current) return { open: true, closesAt: current.closes };
  // Up to a week ahead, today's later hours first and next week's same day last.
  for (let inDays = 0; inDays <= 7; inDays++) {
    const day = (clock.day + inDays) % 7;
    const next = openings.find((o) => o.day === day && (inDays > 0 || o.opens > clock.minute) && !(inDays === 7 && o.opens > clock.minute));
    if (next) return { open: false, next: { day, opens: next.opens, inDays } };
  }
  return { open: false };
}

export function isOpenEvenings(schedules: readonly Schedule[]): boolean {
  return weeklyOpenings(schedules).some((o) => o.closes > EVENING_STARTS + 60 || o.opens >= EVENING_STARTS);
}

export function isOpenWeekends(schedules: readonly Schedule[]): boolean {
  return weeklyOpenings(schedules).some((o) => o.day >= 5);
}
