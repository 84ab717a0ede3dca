/**
 * After one visit the app works with no connection: the service worker serves the shell, every
 * page and the last directory it saw.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chooseLanguage, open, resultCards, resultCount, searchBox } from '../helpers/app.ts';
import { strings } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'allow' });

const s = strings('en');

/**
 * One visit, as a reader would make it: the service worker installs and precaches the app,
 * then (on the next load, once it controls the page) saves the directory as it passes.
 */
async function visitOnceThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await open(page, '/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await open(page, '/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect
    .poll(() => page.evaluate(async () => (await caches.match('/api/directory')) !== undefined), { message: 'the directory is saved for offline use' })
    .toBe(true);
  await context.setOffline(true);
  // Offline for the service worker too, or its network-first directory would not be put to the test.
  const [worker] = context.serviceWorkers();
  expect(await worker!.evaluate(() => fetch('/api/health').then(() => 'online', () => 'offline'))).toBe('offline');
  expect(await page.evaluate(() => fetch('/api/health').then(() => 'online', () => 'offline'))).toBe('offline');
}

test('the home page opens offline and says the app is offline', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('home.title'));
  await expect(page.getByText(s.t('app.offline'))).toBeVisible();
});

test('a search offline finds services and a service page opens', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);
  await page.reload();
  await searchBox(page, s).fill('housing');
  await searchBox(page, s).press('Enter');
  await expect(resultCards(page).first()).toBeVisible();
  expect(await resultCount(page, s)).toBeGreaterThan(0);

  const firstLink = resultCards(page).first().getByRole('heading', { level: 3 }).getByRole('link');
  const name = await firstLink.innerText();
  await firstLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { level: 2, name: s.t('service.hours') })).toBeVisible();
});

test('a deep link to a search opens offline', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);
  await page.goto('/search?q=housing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('search.resultsFor', { query: 'housing' }));
  await expect(resultCards(page).first()).toBeVisible();
});

test('switching the language offline works: every language is saved with the app', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);
  await page.reload();
  await chooseLanguage(page, 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings('ar').t('home.title'));
});
