import { describe, expect, it } from 'vitest';
import type { Schedule } from '../schema/directory.ts';
import { isOpenEvenings, isOpenWeekends, openStatus, weeklyOpenings } from './opening-hours.ts';

const TORONTO = 'America/Toronto';

function createSchedule(byday: string, opens_at: string, closes_at: string, extra: Partial<Schedule> = {}): Schedule {
  return { id: `s-${byday}-${opens_at}`, freq: 'WEEKLY', byday, opens_at, closes_at, ...extra };
}

// 2026-11-24 is a Tuesday. Toronto is UTC-5 in November.
const tuesdayAt = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00-05:00`);

describe('opening hours', () => {
  const weekdays = [createSchedule('MO,TU,WE,TH,FR', '09:00', '17:00')];

  it('is open during the hours of the day', () => {
    expect(openStatus(weekdays, tuesdayAt('10:30'), TORONTO)).toEqual({ open: true, closesAt: 17 * 60 });
  });

  it('says when it opens next when closed for the night', () => {
    expect(openStatus(weekdays, tuesdayAt('18:00'), TORONTO)).toEqual({
      open: false,
      next: { day: 2, opens: 9 * 60, inDays: 1 },
    });
  });

  it('opens later the same day before opening time', () => {
    expect(openStatus(weekdays, tuesdayAt('07:15'), TORONTO).next).toEqual({ day: 1, opens: 9 * 60, inDays: 0 });
  });

  it('reads the time in the region zone, not the device zone', () => {
    // 15:30 UTC is 10:30 in Toronto: open, though 15:30 local in Vancouver terms would differ.
    expect(openStatus(weekdays, new Date('2026-11-24T15:30:00Z'), TORONTO).open).toBe(true);
    expect(openStatus(weekdays, new Date('2026-11-24T23:30:00Z'), TORONTO).open).toBe(false);
  });

  it('skips from Friday evening to Monday', () => {
    const fridayEvening = new Date('2026-11-27T19:00:00-05:00');
    expect(openStatus(weekdays, fridayEvening, TORONTO).next).toEqual({ day: 0, opens: 9 * 60, inDays: 3 });
  });

  it('ignores a schedule outside its validity dates', () => {
    const expired = [createSchedule('TU', '09:00', '17:00', { valid_to: '2026-01-31' })];
    expect(openStatus(expired, tuesdayAt('10:00'), TORONTO)).toEqual({ open: false });
  });

  it('reads "first Monday" style days as that weekday', () => {
    expect(weeklyOpenings([createSchedule('1MO', '13:00', '15:00', { freq: 'MONTHLY' })])).toEqual([
      { day: 0, opens: 13 * 60, closes: 15 * 60 },
    ]);
  });

  it('finds next week’s session when the only one this week has passed', () => {
    const tuesdayMornings = [createSchedule('TU', '09:00', '12:00')];
    expect(openStatus(tuesdayMornings, tuesdayAt('13:00'), TORONTO).next).toEqual({ day: 1, opens: 9 * 60, inDays: 7 });
  });

  it('keeps hours that run past midnight, on both days', () => {
    const overnight = [createSchedule('FR', '20:00', '08:00')];
    expect(openStatus(overnight, new Date('2026-11-27T23:00:00-05:00'), TORONTO)).toEqual({ open: true, closesAt: 24 * 60 });
    expect(openStatus(overnight, new Date('2026-11-28T07:00:00-05:00'), TORONTO)).toEqual({ open: true, closesAt: 8 * 60 });
    expect(openStatus(overnight, new Date('2026-11-28T09:00:00-05:00'), TORONTO).open).toBe(false);
  });

  it('recognizes evening and weekend sessions', () => {
    const evening = [createSchedule('WE', '18:00', '20:30')];
    const saturday = [createSchedule('SA', '10:00', '13:00')];
    expect(isOpenEvenings(evening)).toBe(true);
    expect(isOpenEvenings(weekdays)).toBe(false);
    expect(isOpenWeekends(saturday)).toBe(true);
    expect(isOpenWeekends(weekdays)).toBe(false);
  });
});
