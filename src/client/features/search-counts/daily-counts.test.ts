import { describe, expect, it } from 'vitest';
import { MAX_FILTERS_PER_DAY, MAX_SEARCHES_PER_DAY, MAX_TEXTS_PER_DAY, searchCountDaySchema } from '../../../shared/dashboard/search-counts-contract.ts';
import { addDays, addSearch, utcDay, type CountedSearch, type DayCounts } from './daily-counts.ts';

const createSearch = (overrides: Partial<CountedSearch> = {}): CountedSearch => ({ uiLanguage: 'ar', text: 'english class', foundNothing: false, filters: [], ...overrides });

function countMany(count: number, search: (index: number) => CountedSearch, today = '2026-03-02'): DayCounts[] {
  let days: DayCounts[] = [];
  for (let index = 0; index < count; index++) days = addSearch(days, today, search(index));
  return days;
}

/** Distinct letter-only words: "a", "b", …, "z", "ba", "bb", … */
const word = (index: number): string => (index >= 26 ? word(Math.floor(index / 26)) : '') + String.fromCharCode(97 + (index % 26));

describe('day bucketing', () => {
  it('puts a search in the UTC day, whatever the local time', () => {
    // 9 pm in London, Ontario (UTC-5) is already the next day in UTC.
    expect(utcDay(new Date('2026-03-01T21:00:00-05:00'))).toBe('2026-03-02');
    expect(utcDay(new Date('2026-03-01T18:59:59-05:00'))).toBe('2026-03-01');
  });

  it('counts across month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('adding searches', () => {
  it('adds up searches, their languages, texts, texts that found nothing and filters', () => {
    const days = countMany(3, (index) =>
      [
        createSearch({ filters: ['category:language-classes'] }),
        createSearch({ uiLanguage: 'en', text: 'dentist', foundNothing: true, filters: ['category:language-classes', 'when:evenings'] }),
        createSearch({ text: null }),
      ][index]!,
    );
    expect(days).toEqual([
      {
        day: '2026-03-02',
        searches: 3,
        uiLanguages: { ar: 2, en: 1 },
        queries: { 'english class': 1, dentist: 1 },
        emptyQueries: { dentist: 1 },
        filters: { 'category:language-classes': 2, 'when:evenings': 1 },
      },
    ]);
    expect(searchCountDaySchema.safeParse(days[0]).success).toBe(true);
  });

  it('keeps each day apart, oldest first', () => {
    const days = addSearch(addSearch([], '2026-03-02', createSearch()), '2026-03-01', createSearch());
    expect(days.map((entry) => [entry.day, entry.searches])).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 1],
    ]);
  });

  it('drops days older than a week, which could never be sent', () => {
    const old = addSearch([], '2026-02-20', createSearch());
    expect(addSearch(old, '2026-03-02', createSearch()).map((entry) => entry.day)).toEqual(['2026-03-02']);
  });

  it('stops adding new texts and filters at the contract caps, and still counts the search', () => {
    const [day] = countMany(MAX_TEXTS_PER_DAY + 10, (index) => createSearch({ text: word(index), foundNothing: true, filters: [`category:c${index}`, `category:d${index}`] }));
    expect(Object.keys(day!.queries)).toHaveLength(MAX_TEXTS_PER_DAY);
    expect(Object.keys(day!.emptyQueries)).toHaveLength(MAX_TEXTS_PER_DAY);
    expect(Object.keys(day!.filters)).toHaveLength(MAX_FILTERS_PER_DAY);
    expect(day!.searches).toBe(MAX_TEXTS_PER_DAY + 10);
    expect(searchCountDaySchema.safeParse(day).success).toBe(true);
  });

  it('still counts a text already known once the day is full', () => {
    const [day] = countMany(MAX_TEXTS_PER_DAY + 1, (index) => createSearch({ text: index === MAX_TEXTS_PER_DAY ? word(0) : word(index) }));
    expect(day!.queries[word(0)]).toBe(2);
  });

  it('stops counting a day at the most searches a report may carry', () => {
    const [day] = countMany(MAX_SEARCHES_PER_DAY + 5, () => createSearch());
    expect(day!.searches).toBe(MAX_SEARCHES_PER_DAY);
    expect(searchCountDaySchema.safeParse(day).success).toBe(true);
  });
});
