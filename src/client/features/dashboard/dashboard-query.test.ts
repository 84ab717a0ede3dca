import { describe, expect, it } from 'vitest';
import { dashboardPath, readDashboardChoice, viewQuery } from './dashboard-query.ts';

describe('the dashboard address', () => {
  it('reads back what it wrote, so a shared link shows the same view', () => {
    const choice = readDashboardChoice({ region: 'london-middlesex', year: '2025', language: 'ar', by: 'source', distanceKm: '10' });
    expect(readDashboardChoice(Object.fromEntries(new URL(dashboardPath(choice), 'https://x.example').searchParams))).toEqual(choice);
  });

  it('keeps only the first selection when an address names two', () => {
    expect(readDashboardChoice({ category: 'housing', language: 'ar' }).narrow).toEqual({ dimension: 'category', value: 'housing' });
  });

  it('falls back to the defaults for values the API would refuse', () => {
    const choice = readDashboardChoice({ year: 'soon', interval: 'day', distanceKm: '500' });
    expect([choice.year, choice.interval, choice.distanceKm]).toEqual([null, 'month', 5]);
  });
});

describe('a view query', () => {
  it('leaves out a selection the view does not obey', () => {
    const choice = readDashboardChoice({ organization: 'org-00001' });
    expect(viewQuery('coverage', choice, 2025)).toBe('year=2025&distanceKm=5');
    expect(viewQuery('flows', choice, 2025)).toBe('year=2025&organization=org-00001');
  });

  it('asks for monthly volume when narrowed, since weeks are region-wide only', () => {
    expect(viewQuery('volume', readDashboardChoice({ interval: 'week', category: 'housing' }), 2025)).toBe('year=2025&category=housing&interval=month');
  });
});
