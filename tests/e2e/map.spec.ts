/**
 * The map view of the results: the same search and filters as the list, every cluster and site
 * a button, a card on the way to the service page, in every language and with no network.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { filterCheckbox, open, resultCards, resultDistancesKm, tabTo } from '../helpers/app.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { clusterButtons, clusterCounts, mapCard, mapRegion, originMarker, showMap, siteMarkers, sitesShown, viewButton } from '../helpers/map.ts';
import { languages, strings, type Lang } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });

const s = strings('en');
const postalCodeField = (page: Page) => page.getByRole('textbox', { name: s.t('filters.postalCode') });

test('the Map button shows the results on a map and puts view=map in the address', async ({ page }) => {
  await open(page, '/search?q=english');
  await viewButton(page, s, 'map').click();
  await expect(page).toHaveURL(/[?&]view=map(&|$)/);
  await expect(viewButton(page, s, 'map')).toHaveAttribute('aria-pressed', 'true');
  await expect(mapRegion(page, s)).toBeVisible();
  await expect(clusterButtons(page, s).first()).toBeVisible();
});

test('clicking a cluster zooms in: its services spread into smaller clusters and sites', async ({ page }) => {
  await open(page, '/search?q=english');
  await showMap(page, s);
  const largest = Math.max(...(await clusterCounts(page, s)));
  const sitesBefore = await siteMarkers(page).count();

  await page.getByRole('button', { name: s.t('map.cluster', { count: largest }), exact: true }).first().click();
  await expect.poll(async () => Math.max(0, ...(await clusterCounts(page, s))), { message: 'no cluster as big as the one clicked' }).toBeLessThan(largest);
  await expect.poll(() => siteMarkers(page).count()).toBeGreaterThan(sitesBefore);
});

test('a site marker opens a card whose link leads to the service page', async ({ page }) => {
  await open(page, '/search?q=english');
  await showMap(page, s);
  const marker = siteMarkers(page).first();
  const name = (await marker.getAttribute('aria-label'))!;

  await marker.click();
  const link = mapCard(page).getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/service\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('a filter changes the markers, and clearing it brings them back', async ({ page }) => {
  await open(page, '/search?q=english');
  await showMap(page, s);
  // The map fits every result at first and a filter does not move it, so all sites stay in view.
  const unfiltered = await sitesShown(page, s);

  await filterCheckbox(page, s.t('filters.free')).check();
  await expect(page).toHaveURL(/[?&]feature=free(&|$)/);
  await expect.poll(() => sitesShown(page, s), { message: 'sites shown with only free services' }).toBeLessThan(unfiltered);
  expect(await sitesShown(page, s)).toBeGreaterThan(0);

  await filterCheckbox(page, s.t('filters.free')).uncheck();
  await expect.poll(() => sitesShown(page, s), { message: 'sites shown with the filter cleared' }).toBe(unfiltered);
});

test('a postal code puts a "you are here" marker on the map and sorts the results by distance', async ({ page }) => {
  await open(page, '/search?q=english&view=map');
  await expect(clusterButtons(page, s).first()).toBeVisible();
  await postalCodeField(page).fill('n6a 3n7');
  await postalCodeField(page).press('Enter');

  await expect(originMarker(page, s)).toBeVisible();
  await expect(page).toHaveURL(/[?&]near=N6A(&|$)/);
  await expect(page.getByRole('combobox', { name: s.t('search.sortLabel') })).toHaveValue('distance');

  await viewButton(page, s, 'list').click();
  await expect(resultCards(page).first()).toBeVisible();
  const km = await resultDistancesKm(page, s);
  expect(km[0]).toBeLessThan(Infinity);
  expect(km).toEqual([...km].sort((a, b) => a - b));
});

test('Tab reaches the markers and Enter on a site opens its card', async ({ page }) => {
  await open(page, '/search?q=english');
  // Clicking leaves the focus on the Map button: the keyboard goes on from there.
  await showMap(page, s);
  const marker = siteMarkers(page).first();
  const name = (await marker.getAttribute('aria-label'))!;

  await tabTo(page, marker);
  await page.keyboard.press('Enter');
  await expect(mapCard(page).getByRole('link', { name, exact: true })).toBeVisible();
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar' });
  const ar = strings('ar');

  test('the map is right to left and its controls speak Arabic', async ({ page }) => {
    await open(page, '/search?q=english&view=map');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(clusterButtons(page, ar).first()).toBeVisible();
    const zoomIn = page.getByRole('button', { name: ar.t('map.zoomIn'), exact: true });
    await expect(zoomIn).toBeVisible();
    await expect(zoomIn).toHaveAttribute('title', ar.t('map.zoomIn'));
    await expect(page.getByRole('button', { name: ar.t('map.zoomOut'), exact: true })).toBeVisible();
  });
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  /**
   * One visit with the map opened, as a reader would make it: once the service worker controls
   * the page, the map's code, the area outlines and the directory it fetches are kept.
   */
  async function openMapOnceThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
    await open(page, '/search?q=english');
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { message: 'the service worker controls the page' }).toBe(true);
    await showMap(page, s);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const assets = performance.getEntriesByType('resource').map((entry) => new URL(entry.name)).filter((url) => url.pathname.startsWith('/assets/'));
            const needed = ['/api/directory', '/api/geo/areas', ...assets.map((url) => url.pathname)];
            const saved = await Promise.all(needed.map(async (path) => (await caches.match(path)) !== undefined));
            return needed.filter((_, i) => !saved[i]);
          }),
        { message: 'everything the map used is saved for offline use' },
      )
      .toEqual([]);
    await context.setOffline(true);
  }

  test('offline after one visit, the map draws on the built-in basemap with its markers', async ({ page, context }) => {
    await openMapOnceThenGoOffline(page, context);
    await page.goto('/search?view=map');
    await expect(page.getByRole('status').filter({ hasText: s.t('map.simpleMap') })).toBeVisible();
    await expect(clusterButtons(page, s).first()).toBeVisible();
  });
});

const languageLocale: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA', ar: 'ar' };

for (const lang of languages) {
  test.describe(`axe in ${lang}`, () => {
    test.use({ locale: languageLocale[lang] });
    const local = strings(lang);

    test('the map view: no WCAG 2.2 AA violations', async ({ page }) => {
      await open(page, '/search?view=map');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('status').filter({ hasText: local.t('map.simpleMap') })).toBeVisible();
      await expect(clusterButtons(page, local).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
