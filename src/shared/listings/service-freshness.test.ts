import { describe, expect, it } from 'vitest';
import type { Service } from '../schema/directory.ts';
import { freshSince, isStaleDate, isStaleService } from './service-freshness.ts';

const service = (overrides: Partial<Service>): Service => ({ id: 's1', organization_id: 'o1', name: 'Clinic', status: 'active', assured_date: '2026-01-10', ...overrides }) as Service;

describe('service freshness', () => {
  it('a service verified exactly the period ago is still fresh, one day more and it is stale', () => {
    const since = freshSince(new Date('2026-07-09T23:59:00Z'), 180);
    expect(since).toBe('2026-01-10');
    expect(isStaleDate('2026-01-10', since)).toBe(false);
    expect(isStaleDate('2026-01-09', since)).toBe(true);
  });

  it('a service never verified is stale', () => {
    const since = freshSince(new Date('2026-07-09T12:00:00Z'), 180);
    expect(isStaleDate(null, since)).toBe(true);
    expect(isStaleDate(undefined, since)).toBe(true);
    expect(isStaleService(service({ assured_date: null }), since)).toBe(true);
  });

  it('a withdrawn service is never flagged, a temporarily closed one is', () => {
    const since = freshSince(new Date('2027-01-01T00:00:00Z'), 180);
    expect(isStaleService(service({ status: 'inactive' }), since)).toBe(false);
    expect(isStaleService(service({ status: 'defunct' }), since)).toBe(false);
    expect(isStaleService(service({ status: 'temporarily closed' }), since)).toBe(true);
  });
});
