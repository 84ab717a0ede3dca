/**
 * The coordination dashboard as a coordinator uses it: figures, narrowing, a CSV file; and who
 * may not see it. The demo server writes its referral history in the background at start, so
 * each test first waits until the region reports past years.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { DashboardRegionResponse, DashboardViewResponse } from '../../src/shared/dashboard/dashboard-contract.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { termFamily } from '../helpers/data.ts';
import { languages, strings, type Strings } from '../helpers/strings.ts';
import { argyleStaff, coordinator, signInQuietly } from './staff-support.ts';

test.use({ serviceWorkers: 'block' });
// Each test first waits for the demo history, and axe reads every table of a long page: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });
const REGION = 'london-middlesex';
const demo = JSON.parse(readFileSync(new URL('../../data/demo/london-middlesex.json', import.meta.url), 'utf8')) as {
  services: { id: string; status: string; attributes?: { taxonomy_term_id: string }[] }[];
  locations: { id: string; latitude?: number | null; longitude?: number | null }[];
  service_at_locations: { service_id: string; location_id: string }[];
};

/** Mapped sites of listed services (in a category and the ones under it): the dots the gap map draws. */
function siteCount(category: string | null): number {
  const family = category ? new Set(termFamily(category)) : null;
  const listed = demo.services.filter((service) => service.status === 'active' || service.status === 'temporarily closed');
  const counted = new Set(listed.filter((service) => !family || (service.attributes ?? []).some((attribute) => family.has(attribute.taxonomy_term_id))).map((service) => service.id));
  const mapped = new Set(demo.locations.filter((site) => site.latitude != null && site.longitude != null).map((site) => site.id));
  return new Set(demo.service_at_locations.filter((link) => counted.has(link.service_id) && mapped.has(link.location_id)).map((link) => link.location_id)).size;
}

/** Referrals of the current year and searches: together, they change until the demo history is written. */
async function regionFigures(page: Page): Promise<string> {
  const figures = await Promise.all(
    ['volume', 'demand'].map(async (view) => {
      const response = await page.request.get(`/api/dashboard/regions/${REGION}/${view}`);
      if (!response.ok()) return 'none';
      const { tables } = (await response.json()) as DashboardViewResponse;
      return JSON.stringify(tables[0]?.totals);
    }),
  );
  return figures.join(' ');
}

/** Waits for the demo history the server writes at start: until then figures change under the test. */
async function waitForDemoHistory(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const summary = await page.request.get(`/api/dashboard/regions/${REGION}`);
        if (!summary.ok() || ((await summary.json()) as DashboardRegionResponse).fiscalYears.length < 2) return false;
        const before = await regionFigures(page);
        await page.waitForTimeout(1_000);
        return before === (await regionFigures(page)) && !before.includes('none') && !before.includes('[0]');
      },
      { timeout: 25_000 },
    )
    .toBe(true);
}

async function openDashboard(page: Page, s: Strings, baseURL: string): Promise<void> {
  await signInQuietly(page, baseURL, coordinator);
  await waitForDemoHistory(page);
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('dashboard.title'));
}

const monthlyTable = (page: Page, s: Strings) => page.getByRole('table', { name: s.t('dashboard.table.referrals-by-month') });
const largestGaps = (page: Page, s: Strings) => page.getByRole('table', { name: s.t('dashboard.table.largest-gaps') });

test.describe('in en', () => {
  test.use({ locale: 'en-CA' });
  const s = strings('en');

  test('a coordinator sees the referrals of each month with their total', async ({ page, baseURL }) => {
    await openDashboard(page, s, baseURL!);
    const table = monthlyTable(page, s);
    await expect(table.getByRole('rowheader', { name: s.t('dashboard.total') })).toBeVisible();
    const total = await table.locator('tfoot td').first().innerText();
    expect(Number(total.replace(/\D/g, ''))).toBeGreaterThan(0);
    await expect(page.getByText(s.t('dashboard.legend.underTen'))).toBeVisible();
  });

  test('narrowing to one category redraws the largest coverage gaps and goes in the address', async ({ page, baseURL }) => {
    await openDashboard(page, s, baseURL!);
    await expect(largestGaps(page, s).locator('tbody tr').first()).toBeVisible();
    const regionWide = (await largestGaps(page, s).textContent())!;

    await page.getByLabel(s.t('dashboard.controls.narrowBy')).selectOption({ label: s.t('dashboard.controls.narrowCategory') });
    await page.getByLabel(s.t('dashboard.controls.narrowValue')).selectOption('housing');
    await expect(page).toHaveURL(/[?&]category=housing(&|$)/);
    // The section redraws: its tables go while the narrowed figures load, then come back.
    await expect(largestGaps(page, s).locator('tbody tr').first()).toBeVisible();
    await expect(largestGaps(page, s)).not.toHaveText(regionWide);

    // The address alone shows the same view after a reload.
    const narrowed = (await largestGaps(page, s).textContent())!;
    await page.reload();
    await expect(largestGaps(page, s)).toHaveText(narrowed);
  });

  test('the coverage map colours the areas by gap and names the largest three, for the chosen category', async ({ page, baseURL }) => {
    await openDashboard(page, s, baseURL!);
    const map = page.getByRole('img', { name: s.t('dashboard.map.label') });
    await expect(map.locator('canvas')).toBeVisible();
    await expect(page.getByText(s.t('dashboard.map.legendTitle'))).toBeVisible();
    await expect(page.getByText(s.t('dashboard.map.hidden'))).toBeVisible();
    const caption = page.locator('.coverage-map-caption');
    const firstThree = async () => (await largestGaps(page, s).locator('tbody tr th').allInnerTexts()).slice(0, 3);
    await expect(largestGaps(page, s).locator('tbody tr').nth(2)).toBeVisible();
    const regionWide = await firstThree();
    for (const area of regionWide) await expect(caption).toContainText(area);
    const regionCaption = (await caption.textContent())!;
    // Every listed site is drawn while nothing is narrowed; the legend says how many.
    await expect(page.getByText(s.t('dashboard.map.sites', { count: siteCount(null) }))).toBeVisible();

    await page.getByLabel(s.t('dashboard.controls.narrowBy')).selectOption({ label: s.t('dashboard.controls.narrowCategory') });
    await page.getByLabel(s.t('dashboard.controls.narrowValue')).selectOption('housing');
    await expect(caption).not.toHaveText(regionCaption);
    await expect(largestGaps(page, s).locator('tbody tr').nth(2)).toBeVisible();
    for (const area of await firstThree()) await expect(caption).toContainText(area);
    expect(siteCount('housing')).toBeLessThan(siteCount(null));
    await expect(page.getByText(s.t('dashboard.map.sites', { count: siteCount('housing') }))).toBeVisible();
    // The same map is recoloured, not made again.
    await expect(map.locator('canvas')).toHaveCount(1);
  });

  test('a table downloads as a CSV file that starts with its header', async ({ page, baseURL }) => {
    await openDashboard(page, s, baseURL!);
    await expect(monthlyTable(page, s)).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: s.t('dashboard.downloadCsv', { table: s.t('dashboard.table.referrals-by-month') }) }).click();
    const file = await (await download).path();
    expect((await readFile(file, 'utf8')).split('\r\n')[0]).toBe('month,referrals');
  });

  test('agency staff are told the dashboard is not for their role', async ({ page, baseURL }) => {
    await signInQuietly(page, baseURL!, argyleStaff);
    await page.goto('/dashboard');
    await expect(page.getByRole('alert')).toContainText(s.t('dashboard.notForRole'));
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('signed out, the dashboard leads to sign-in and back', async ({ page }) => {
    await page.goto('/dashboard?year=2025');
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent('/dashboard?year=2025')}`);
  });
});

for (const lang of languages) {
  test.describe(`accessibility in ${lang}`, () => {
    test.use({ locale: lang === 'en' || lang === 'fr' ? `${lang}-CA` : lang });
    const s = strings(lang);

    test('the dashboard with its figures: no WCAG 2.2 AA violations', async ({ page, baseURL }) => {
      await openDashboard(page, s, baseURL!);
      await expect(largestGaps(page, s).locator('tbody tr').first()).toBeVisible();
      await expect(page.getByText(s.t('dashboard.loading'))).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  });
}
