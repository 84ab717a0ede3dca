import { describe, expect, it } from 'vitest';
import { formatWait } from './staff-time.ts';

const now = new Date('2026-03-10T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('how long a referral has waited', () => {
  it('counts minutes, then hours up to two days, then days', () => {
    expect(formatWait(before(45 * 60_000), now, 'en')).toBe('45 minutes');
    expect(formatWait(before(30 * 3_600_000), now, 'en')).toBe('30 hours');
    expect(formatWait(before(3 * 86_400_000 + 5_000), now, 'en')).toBe('3 days');
  });

  it('says one in the singular and never counts below zero', () => {
    expect(formatWait(before(86_400_000 * 2), now, 'en')).toBe('2 days');
    expect(formatWait(before(61 * 60_000), now, 'en')).toBe('1 hour');
    expect(formatWait(new Date(now.getTime() + 60_000).toISOString(), now, 'en')).toBe('0 minutes');
  });
});
