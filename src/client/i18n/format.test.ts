import { describe, expect, it } from 'vitest';
import { formatDistance, formatTimeOfDay, formatWeekday } from './format.ts';

describe('formats in the reader’s language', () => {
  it('writes times the Canadian way in English and French', () => {
    expect(formatTimeOfDay(9 * 60, 'en')).toMatch(/^9:00\s?a\.m\.$/);
    expect(formatTimeOfDay(17 * 60 + 30, 'fr')).toMatch(/^17 h 30$/);
  });

  it('names weekdays from Monday = 0', () => {
    expect(formatWeekday(0, 'en')).toBe('Monday');
    expect(formatWeekday(6, 'fr')).toBe('dimanche');
  });

  it('gives short distances in metres and long ones in kilometres', () => {
    expect(formatDistance(0.43, 'en')).toBe('400 m');
    expect(formatDistance(3.26, 'en')).toBe('3.3 km');
    expect(formatDistance(12.4, 'fr')).toMatch(/^12\s?km$/);
  });
});
