/**
 * Anonymous search counts: the phone adds up a person's searches per day and sends the whole past
 * days the next time the app opens, as counts with nothing that identifies anyone; the region's
 * dashboard then holds them. With Global Privacy Control on, nothing is counted or sent.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import type { DashboardViewResponse } from '../../src/shared/dashboard/dashboard-contract.ts';
import { fiscalYearOfMonth, monthOfWeek, weekOf } from '../../src/shared/dashboard/fiscal-calendar.ts';
import { DEFAULT_REGION_ID } from '../../src/shared/regions.ts';
import { filterCheckbox, open, resultCount, searchBox } from '../helpers/app.ts';
import { strings } from '../helpers/strings.ts';
import { admin, signInQuietly } from './staff-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const s = strings('en');
const DAY_MS = 86_400_000;
/** Where the app keeps its counts between visits. */
const STORAGE_KEY = 'guichet.search-counts';
/** A filter the demo's sample history never used, so its row on the dashboard comes from this test alone. */
const RARE_FILTER = 'feature:wheelchair';
/** Longer than a search takes to settle (1.5 s) and the start-up send waits (2 s after the directory). */
const QUIET_MS = 4000;

const isReport = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === `/api/regions/${DEFAULT_REGION_ID}/search-counts`;
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);

interface StoredDay {
  day: string;
  searches: number;
}
const storedDays = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { days: StoredDay[] } | null)?.days ?? null, STORAGE_KEY);
const searchesStored = async (page: Page) => (await storedDays(page))?.reduce((sum, day) => sum + day.searches, 0) ?? 0;

/** Types words in the search box and sends them, as a person would, and waits for the answer. */
async function searchFor(page: Page, words: string): Promise<void> {
  await searchBox(page, s).fill(words);
  await searchBox(page, s).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('search.resultsFor', { query: words }));
}

const noResults = (page: Page) => page.getByRole('heading', { level: 2, name: s.t('search.noResultsTitle') });

/** The dashboard's "filters used" for the year holding `day`, as the demo administrator reads it. */
async function filtersUsed(page: Page, origin: string, day: string): Promise<Record<string, unknown>> {
  await signInQuietly(page, origin, admin);
  const year = fiscalYearOfMonth(monthOfWeek(weekOf(day)));
  const response = await page.request.get(`/api/dashboard/regions/${DEFAULT_REGION_ID}/demand?year=${year}`);
  expect(response.status(), await response.text()).toBe(200);
  const table = ((await response.json()) as DashboardViewResponse).tables.find((candidate) => candidate.id === 'filters-used')!;
  return Object.fromEntries(table.rows.map((row) => [row.key, row.values[0]]));
}

test('searches are counted on the phone, and the next day the counts reach the region’s dashboard', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const firstVisit = Date.now();
  const day = utcDay(firstVisit);
  expect(await filtersUsed(page, origin, day)).not.toHaveProperty([RARE_FILTER]);

  await page.clock.setFixedTime(firstVisit);
  await open(page, '/');
  await searchFor(page, 'English class');
  expect(await resultCount(page, s)).toBeGreaterThan(0);
  // A search counts once the person stays on it; the next one is typed after that.
  await expect.poll(() => searchesStored(page)).toBe(1);
  await searchFor(page, 'zqxjvwk');
  await expect(noResults(page)).toBeVisible();
  await expect.poll(() => searchesStored(page)).toBe(2);
  await filterCheckbox(page, s.t('filters.wheelchair')).check();
  await expect.poll(() => searchesStored(page)).toBe(3);

  // The next day, the app opens again (the administrator is signed in on this browser: the report must not carry the session).
  await page.clock.setFixedTime(firstVisit + DAY_MS);
  const reportSent = page.waitForRequest(isReport);
  await open(page, '/');
  const report = await reportSent;
  expect((await report.response())?.status()).toBe(202);
  expect(await report.headerValue('cookie')).toBeNull();
  // Counts of that day and nothing else: no identifier, no time finer than the day, no place.
  expect(report.postDataJSON()).toEqual({
    days: [
      {
        day,
        searches: 3,
        uiLanguages: { en: 3 },
        queries: { 'english class': 1, zqxjvwk: 2 },
        emptyQueries: { zqxjvwk: 2 },
        filters: { [RARE_FILTER]: 1 },
      },
    ],
  });
  // Sent, so no longer kept.
  await expect.poll(() => storedDays(page)).toEqual([]);

  // On the dashboard, the one search with that filter is there, hidden as a small count.
  expect((await filtersUsed(page, origin, day))[RARE_FILTER]).toEqual({ suppressed: 'under-10' });
});

test('with Global Privacy Control on, searches are neither counted nor sent', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  const reports: Request[] = [];
  page.on('request', (request) => isReport(request) && reports.push(request));
  const firstVisit = Date.now();

  await page.clock.setFixedTime(firstVisit);
  await open(page, '/');
  await searchFor(page, 'English class');
  expect(await resultCount(page, s)).toBeGreaterThan(0);
  await page.waitForTimeout(QUIET_MS);
  await searchFor(page, 'zqxjvwk');
  await expect(noResults(page)).toBeVisible();
  // Nothing can show that a search was not counted: the test waits past the moment it would have been.
  await page.waitForTimeout(QUIET_MS);
  expect(await storedDays(page)).toBeNull();

  await page.clock.setFixedTime(firstVisit + DAY_MS);
  await open(page, '/');
  await page.waitForTimeout(QUIET_MS);
  expect(reports).toEqual([]);
});
