import { describe, expect, it } from 'vitest';
import type { CountedSearch } from './daily-counts.ts';
import { afterReport, parseStoredCounts, reportIsDue, withSearch, type StoredCounts } from './stored-counts.ts';

const TODAY = '2026-03-02';
const REGION = 'london-middlesex';

const createSearch = (overrides: Partial<CountedSearch> = {}): CountedSearch => ({ uiLanguage: 'en', text: 'housing', foundNothing: false, filters: [], ...overrides });

function createStored(days: string[], lastReportDay: string | null = null): StoredCounts {
  return days.reduce<StoredCounts>((stored, day) => withSearch(stored, REGION, day, createSearch()), { region: REGION, days: [], lastReportDay });
}

describe('what the device keeps', () => {
  it('reads back what it wrote, and nothing from what it cannot read', () => {
    const stored = createStored(['2026-03-01']);
    expect(parseStoredCounts(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredCounts(null)).toBeNull();
    expect(parseStoredCounts('{not json')).toBeNull();
    expect(parseStoredCounts(JSON.stringify({ region: REGION, days: [{ day: '2026-03-01' }] }))).toEqual({ region: REGION, days: [], lastReportDay: null });
  });

  it('holds counts of one region: another region’s are let go', () => {
    const moved = withSearch(createStored(['2026-03-01']), 'elsewhere', TODAY, createSearch());
    expect(moved.region).toBe('elsewhere');
    expect(moved.days.map((entry) => entry.day)).toEqual([TODAY]);
  });
});

describe('when a report is due', () => {
  it('is once a past day waits, at most once a day', () => {
    expect(reportIsDue(createStored([TODAY]), TODAY)).toBe(false);
    expect(reportIsDue(createStored(['2026-03-01', TODAY]), TODAY)).toBe(true);
    expect(reportIsDue(createStored(['2026-03-01'], TODAY), TODAY)).toBe(false);
    expect(reportIsDue(createStored(['2026-03-01'], '2026-03-01'), TODAY)).toBe(true);
  });
});

describe('after the server answered', () => {
  const stored = () => createStored(['2026-02-27', '2026-02-28', '2026-03-01', TODAY]);
  const daysLeft = (after: StoredCounts) => after.days.map((entry) => entry.day);

  it('deletes what was accepted, and keeps today', () => {
    const after = afterReport(stored(), TODAY, 'accepted', ['2026-02-28', '2026-03-01'], []);
    expect(daysLeft(after)).toEqual(['2026-02-27', TODAY]);
    expect(after.lastReportDay).toBe(TODAY);
  });

  it('drops what was refused for good, so it is not sent forever', () => {
    expect(daysLeft(afterReport(stored(), TODAY, 'refused', ['2026-02-28', '2026-03-01'], []))).toEqual(['2026-02-27', TODAY]);
  });

  it('keeps what must wait, until another day', () => {
    const after = afterReport(stored(), TODAY, 'later', ['2026-02-28', '2026-03-01'], ['2026-02-27']);
    expect(daysLeft(after)).toEqual(['2026-02-28', '2026-03-01', TODAY]);
    expect(reportIsDue(after, TODAY)).toBe(false);
    expect(reportIsDue(after, '2026-03-03')).toBe(true);
  });
});
