import { describe, expect, it } from 'vitest';
import {
  addDays,
  currentFiscalYear,
  fiscalYearLabel,
  fiscalYearOfWeek,
  fiscalYearSpan,
  monthOfWeek,
  monthsOfFiscalYear,
  weekOf,
  weeksOfMonth,
} from './fiscal-calendar.ts';

describe('fiscal calendar', () => {
  it('puts an instant in the UTC week that starts on its Monday', () => {
    expect(weekOf('2025-09-03T15:00:00.000Z')).toBe('2025-09-01'); // a Wednesday
    expect(weekOf('2025-09-01T00:00:00.000Z')).toBe('2025-09-01'); // the Monday itself
    expect(weekOf('2025-09-07T23:59:59.999Z')).toBe('2025-09-01'); // the Sunday, last moment
    expect(weekOf('2025-09-08')).toBe('2025-09-08');
  });

  it('gives a week to the month of its Thursday', () => {
    // Monday 2025-09-29 runs to Sunday 2025-10-05; its Thursday is 2025-10-02.
    expect(monthOfWeek('2025-09-29')).toBe('2025-10');
    expect(monthOfWeek('2025-09-22')).toBe('2025-09');
  });

  it('makes every month of whole weeks, each week in exactly one month', () => {
    const seen = new Set<string>();
    for (const month of monthsOfFiscalYear(2025)) {
      const weeks = weeksOfMonth(month);
      expect(weeks.length === 4 || weeks.length === 5).toBe(true);
      for (const week of weeks) {
        expect(seen.has(week)).toBe(false);
        seen.add(week);
      }
    }
    const span = fiscalYearSpan(2025);
    const weeksInSpan: string[] = [];
    for (let week = span.firstWeek; week < span.endWeek; week = addDays(week, 7)) weeksInSpan.push(week);
    expect(weeksInSpan).toEqual([...seen]);
  });

  it('runs the fiscal year from April to March', () => {
    expect(monthsOfFiscalYear(2025)[0]).toBe('2025-04');
    expect(monthsOfFiscalYear(2025)[11]).toBe('2026-03');
    expect(fiscalYearOfWeek('2026-03-23')).toBe(2025);
    expect(fiscalYearOfWeek('2025-03-31')).toBe(2025); // Thursday 2025-04-03
    expect(fiscalYearOfWeek('2025-03-24')).toBe(2024);
    expect(fiscalYearLabel(2025)).toBe('2025-26');
    expect(fiscalYearLabel(2099)).toBe('2099-00');
    expect(currentFiscalYear(new Date('2026-01-15T12:00:00Z'))).toBe(2025);
  });
});
