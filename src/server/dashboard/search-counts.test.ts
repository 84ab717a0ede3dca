/**
 * Devices' search counts: what a report may hold, the limits on size and rate, and how the
 * region's demand figures come out of several reports.
 */
import { beforeAll, expect, it } from 'vitest';
import type { DashboardViewResponse } from '../../shared/dashboard/dashboard-contract.ts';
import type { SearchCountDay } from '../../shared/dashboard/search-counts-contract.ts';
import { TestBrowser } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { createApp } from '../app.ts';
import { fileDirectorySource } from '../directory-source.ts';
import { defaultAuthSettings } from '../auth/auth-settings.ts';
import { REGION_X, seedRegionsAndOrganizations, signedInBrowser, createDashboardTestApp } from './test-fixtures.ts';

const NOW = new Date('2026-03-02T09:00:00.000Z');

function day(overrides: Partial<SearchCountDay> = {}): SearchCountDay {
  return {
    day: '2026-03-01',
    searches: 9,
    uiLanguages: { ar: 6, en: 3 },
    queries: { 'english class': 4, dentist: 2 },
    emptyQueries: { dentist: 2 },
    filters: { 'category:language-classes': 4, 'when:evenings': 1 },
    ...overrides,
  };
}

describeOnEngines('search counts', ({ db, database }) => {
  const post = (browser: TestBrowser, body: unknown, region = REGION_X) => browser.post(`/api/regions/${region}/search-counts`, body);

  beforeAll(async () => {
    await seedRegionsAndOrganizations(db());
  });

  it('takes reports from several phones and shows only what passes the thresholds', async () => {
    const app = createDashboardTestApp(database());
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      const response = await post(new TestBrowser(app, 'https://guichet.example', address), { days: [day()] });
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ accepted: true });
    }
    // One phone alone searching a name 15 times: counted, but never listed (one report).
    await post(new TestBrowser(app, 'https://guichet.example', '198.51.100.4'), { days: [day({ searches: 15, uiLanguages: { en: 15 }, queries: { 'amal haddad': 15 }, emptyQueries: {}, filters: {} })] });
    const coordinator = await signedInBrowser(app, db(), 'coordinator');
    const demand = (await (await coordinator.request(`/api/dashboard/regions/${REGION_X}/demand?year=2025`)).json()) as DashboardViewResponse;
    const rows = (id: string) => demand.tables.find((table) => table.id === id)!.rows.map((row) => [row.key, ...row.values]);
    // Interface languages: ar 18, en 9 + 15 = 24, of 42 searches.
    expect(rows('searches-by-ui-language')).toEqual([
      ['en', 24],
      ['ar', 18],
    ]);
    expect(demand.tables[0]!.totals).toEqual([42]);
    expect(rows('top-searches')).toEqual([['english class', 12]]);
    expect(rows('searches-finding-nothing')).toEqual([]);
    expect(rows('filters-used')).toEqual([
      ['category:language-classes', 12],
      ['when:evenings', { suppressed: 'under-10' }],
    ]);
  });

  it('refuses a report that could carry more than counts, with a reason', async () => {
    const phone = new TestBrowser(createDashboardTestApp(database()), 'https://guichet.example', '198.51.100.20');
    const refusal = async (body: unknown) => {
      const response = await post(phone, body);
      return { status: response.status, error: ((await response.json()) as { error: string }).error };
    };
    expect(await refusal({ days: [day({ queries: { 'call 5195550142': 1 }, emptyQueries: {} })] })).toMatchObject({ status: 400 });
    expect((await refusal({ days: [day({ queries: { 'English Class': 1 }, emptyQueries: {} })] })).error).toContain('must be normalized');
    expect((await refusal({ days: [day({ uiLanguages: { ar: 1 } })] })).error).toBe('days.0.uiLanguages: must add up to searches');
    expect((await refusal({ days: [day({ filters: { 'postal:N6A': 1 } })] })).status).toBe(400);
    expect((await refusal({ days: [day()], deviceId: 'abc' })).error).toContain('deviceId');
    expect((await refusal({ days: [day({ day: '2026-04-01' })] })).error).toBe('days.day: 2026-04-01 is in the future (today is 2026-03-02).');
    expect((await refusal({ days: [day({ day: '2025-12-01' })] })).status).toBe(400);
    expect((await refusal({ days: [day(), day()] })).error).toBe('days: must name each day once');
    expect((await post(phone, { days: [day()] }, 'atlantis')).status).toBe(404);
  });

  it('limits the size of a report, its origin and how often one address reports', async () => {
    const app = createApp({
      directory: fileDirectorySource('data/demo/london-middlesex.json'),
      database: database(),
      auth: { ...defaultAuthSettings, trustProxy: true, now: () => NOW },
      dashboard: { reportsPerHour: 2 },
    });
    const phone = new TestBrowser(app, 'https://guichet.example', '198.51.100.30');
    expect((await post(phone, { days: [day()] })).status).toBe(202);
    expect((await post(phone, { days: [day()] })).status).toBe(202);
    const limited = await post(phone, { days: [day()] });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(3500);
    const other = new TestBrowser(app, 'https://guichet.example', '198.51.100.31');
    const thirtyOneTexts = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`word ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, 1]));
    const tooMany = await post(other, { days: [day({ searches: 40, uiLanguages: { ar: 40 }, queries: thirtyOneTexts, emptyQueries: {} })] });
    expect(((await tooMany.json()) as { error: string }).error).toBe('days.0.queries: at most 30 texts a day');
    const large = await other.request(`/api/regions/${REGION_X}/search-counts`, { method: 'POST', json: { days: [day()], padding: 'x'.repeat(20_000) } });
    expect(large.status).toBe(413);
    const crossSite = await other.request(`/api/regions/${REGION_X}/search-counts`, { method: 'POST', json: { days: [day()] }, headers: { Origin: 'https://elsewhere.example' } });
    expect(crossSite.status).toBe(403);
  });
});
