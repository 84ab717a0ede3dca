import { describe, expect, it } from 'vitest';
import { isReferralId, newReferralId } from './referral-secrets.ts';

describe('referral ids', () => {
  it('are UUIDs (version 7) the routes accept', () => {
    const id = newReferralId(Date.parse('2026-12-01T09:00:00.000Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isReferralId(id)).toBe(true);
  });

  it('sort in the order they were made, and differ when made in the same millisecond', () => {
    const start = Date.parse('2026-12-01T09:00:00.000Z');
    const made = [0, 1, 1, 1, 2, 60_000, 86_400_000].map((offset) => newReferralId(start + offset));
    const sameMillisecond = made.slice(1, 4);
    expect(new Set(sameMillisecond).size).toBe(3);
    expect([...made].sort()).toEqual([made[0], ...[...sameMillisecond].sort(), ...made.slice(4)]);
  });
});
