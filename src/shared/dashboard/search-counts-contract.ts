/**
 * What a device may tell the server about searches: counts per day, added up on the device and
 * sent now and then, never a search by itself. No device or person identifier, no time finer than
 * the day, no place: the region is in the address it is sent to. Query texts are normalized words
 * only (no digits, so no phone number, postal code or address can pass), and a text reaches a
 * coordinator only once it was counted 10 times in several reports.
 *
 * `POST /api/regions/<region>/search-counts` with this body; the server answers 202.
 */
import { z } from 'zod';
import { audiences, immigrationStatuses } from '../schema/vocabularies.ts';
import { featureFilters, timeFilters } from '../directory/filters.ts';
import { radiusChoicesKm } from '../directory/search-state.ts';
import { normalizeText } from '../text/normalize.ts';
import { languageCodes } from '../languages.ts';

/** Days one report may cover: a device offline for longer sends the last week only. */
export const MAX_REPORT_DAYS = 7;
/** The largest report body the server reads; the device keeps its reports under it. */
export const MAX_REPORT_BYTES = 16 * 1024;
/** More searches than this in a day is not one person's phone. */
export const MAX_SEARCHES_PER_DAY = 500;
export const MAX_TEXTS_PER_DAY = 30;
export const MAX_FILTERS_PER_DAY = 40;
export const MAX_QUERY_LENGTH = 60;

const count = z.number().int().min(1).max(MAX_SEARCHES_PER_DAY);

/** One to four words of letters, as `normalizeText` leaves them. */
export const queryTextSchema = z
  .string()
  .max(MAX_QUERY_LENGTH)
  .regex(/^[\p{L}\p{M}]+( [\p{L}\p{M}]+){0,3}$/u, 'must be one to four words of letters only')
  .refine((text) => normalizeText(text) === text, 'must be normalized (lower case, no accents), as the app searches it');

const filterKeyPatterns = [
  /^category:[a-z0-9-]{1,60}$/,
  /^language:[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
  new RegExp(`^audience:(${audiences.join('|')})$`),
  new RegExp(`^status:(${immigrationStatuses.join('|')})$`),
  new RegExp(`^when:(${timeFilters.join('|')})$`),
  new RegExp(`^feature:(${featureFilters.join('|')})$`),
  new RegExp(`^radius:(${radiusChoicesKm.join('|')})$`),
];

/** `group:value`, one of the app's own filters: `category:housing`, `when:evenings`, `radius:5`. */
export const filterKeySchema = z.string().refine((key) => filterKeyPatterns.some((pattern) => pattern.test(key)), 'must be one of the app’s filters, such as category:housing');

const uiLanguageSchema = z.enum(languageCodes as unknown as [string, ...string[]]);

/** Counts by key, each key checked by `key`: a bad key is named in the message, readable by whoever built the report. */
const countsBy = (key: z.ZodType<string>) =>
  z.record(z.string(), count).superRefine((counts, context) => {
    for (const text of Object.keys(counts)) {
      const checked = key.safeParse(text);
      if (!checked.success) context.addIssue({ code: 'custom', message: `"${text}" ${checked.error.issues[0]?.message ?? 'is not accepted'}` });
    }
  });

const sumOf = (counts: Partial<Record<string, number>>) => Object.values(counts).reduce<number>((sum, value) => sum + (value ?? 0), 0);
const atMost = (max: number) => (counts: Record<string, number>) => Object.keys(counts).length <= max;

export const searchCountDaySchema = z
  .object({
    /** The UTC day the searches were made on. */
    day: z.iso.date(),
    /** Searches run (a query submitted or filters changed), not keystrokes. */
    searches: count,
    /** The interface language of each search: adds up to `searches`. */
    uiLanguages: z.partialRecord(uiLanguageSchema, count),
    /** Normalized query texts typed. */
    queries: countsBy(queryTextSchema).refine(atMost(MAX_TEXTS_PER_DAY), `at most ${MAX_TEXTS_PER_DAY} texts a day`),
    /** Of those, the ones that found nothing (each also counted in `queries`). */
    emptyQueries: countsBy(queryTextSchema).refine(atMost(MAX_TEXTS_PER_DAY), `at most ${MAX_TEXTS_PER_DAY} texts a day`),
    /** Searches run with each filter on. */
    filters: countsBy(filterKeySchema).refine(atMost(MAX_FILTERS_PER_DAY), `at most ${MAX_FILTERS_PER_DAY} filters a day`),
  })
  .strict()
  .refine((day) => sumOf(day.uiLanguages) === day.searches, { message: 'must add up to searches', path: ['uiLanguages'] })
  .refine((day) => sumOf(day.queries) <= day.searches, { message: 'cannot add up to more than searches', path: ['queries'] })
  .refine((day) => Object.entries(day.emptyQueries).every(([text, empty]) => empty <= (day.queries[text] ?? 0)), {
    message: 'each must be one of queries, with no more than its count',
    path: ['emptyQueries'],
  });

export const searchCountReportSchema = z
  .object({ days: z.array(searchCountDaySchema).min(1).max(MAX_REPORT_DAYS) })
  .strict()
  .refine((report) => new Set(report.days.map((day) => day.day)).size === report.days.length, { message: 'must name each day once', path: ['days'] });

export type SearchCountReport = z.infer<typeof searchCountReportSchema>;
export type SearchCountDay = z.infer<typeof searchCountDaySchema>;
