import { describe, expect, it } from 'vitest';
import { MAX_REPORT_DAYS, MAX_TEXTS_PER_DAY, searchCountReportSchema } from '../../../shared/dashboard/search-counts-contract.ts';
import { addDays, type DayCounts } from './daily-counts.ts';
import { daysDue, planReport, reportOutcome } from './search-count-report.ts';
import { MAX_REPORT_BYTES } from '../../../shared/dashboard/search-counts-contract.ts';

const TODAY = '2026-03-02';

function createDay(day: string, overrides: Partial<DayCounts> = {}): DayCounts {
  return { day, searches: 3, uiLanguages: { ar: 2, en: 1 }, queries: { 'english class': 2 }, emptyQueries: {}, filters: { 'when:evenings': 1 }, ...overrides };
}

/** A day near the caps: thirty long texts in a script of three bytes a letter, each also finding nothing. */
function createFullDay(day: string): DayCounts {
  const texts = Array.from({ length: MAX_TEXTS_PER_DAY }, (_, index) => `${'க'.repeat(50)} ${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}`);
  const counts = Object.fromEntries(texts.map((text) => [text, 1]));
  return createDay(day, { searches: MAX_TEXTS_PER_DAY, uiLanguages: { ar: MAX_TEXTS_PER_DAY }, queries: counts, emptyQueries: counts });
}

const pastDays = (count: number): DayCounts[] => Array.from({ length: count }, (_, index) => createDay(addDays(TODAY, -(index + 1))));

describe('which days are due', () => {
  it('are the whole past days of the last week, oldest first, never today', () => {
    const days = [createDay(TODAY), createDay('2026-03-01'), createDay('2026-02-23'), createDay('2026-02-22')];
    expect(daysDue(days, TODAY).map((entry) => entry.day)).toEqual(['2026-02-23', '2026-03-01']);
  });
});

describe('the report', () => {
  it('is one the server’s schema accepts, with only counts in it', () => {
    const { built, unsendable } = planReport([createDay('2026-02-28'), createDay('2026-03-01', { emptyQueries: { 'english class': 1 } }), createDay(TODAY)], TODAY);
    expect(unsendable).toEqual([]);
    expect(built!.sent).toEqual(['2026-02-28', '2026-03-01']);
    expect(searchCountReportSchema.parse(built!.report)).toEqual(built!.report);
    expect(Object.keys(built!.report)).toEqual(['days']);
  });

  it('covers at most seven days', () => {
    const { built } = planReport([...pastDays(MAX_REPORT_DAYS), createDay(addDays(TODAY, -8))], TODAY);
    expect(built!.sent).toHaveLength(MAX_REPORT_DAYS);
  });

  it('stays under the size limit, leaving the newest days for the next report', () => {
    const days = Array.from({ length: 4 }, (_, index) => createFullDay(addDays(TODAY, index - 4)));
    const { built, unsendable } = planReport(days, TODAY);
    expect(unsendable).toEqual([]);
    expect(new TextEncoder().encode(JSON.stringify(built!.report)).length).toBeLessThanOrEqual(MAX_REPORT_BYTES);
    expect(built!.sent.length).toBeGreaterThan(0);
    expect(built!.sent).toEqual(days.slice(0, built!.sent.length).map((entry) => entry.day));
    expect(built!.sent.length).toBeLessThan(4);
  });

  it('never carries a day the schema refuses, and names it to be dropped', () => {
    const broken = createDay('2026-02-28', { uiLanguages: { ar: 1 } });
    const { built, unsendable } = planReport([broken, createDay('2026-03-01')], TODAY);
    expect(unsendable).toEqual(['2026-02-28']);
    expect(built!.sent).toEqual(['2026-03-01']);
  });

  it('is nothing when only today has counts', () => {
    expect(planReport([createDay(TODAY)], TODAY)).toEqual({ built: null, unsendable: [] });
  });
});

describe('what an answer means', () => {
  it('drops the days on 202 and on a refusal that would come again, keeps them otherwise', () => {
    expect(reportOutcome(202)).toBe('accepted');
    expect([400, 403, 404, 413].map(reportOutcome)).toEqual(['refused', 'refused', 'refused', 'refused']);
    expect([429, 500, 503, 302].map(reportOutcome)).toEqual(['later', 'later', 'later', 'later']);
  });
});
