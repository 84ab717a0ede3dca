/**
 * A new version of the app is offered, never forced: the page the reader is on stays as it is
 * until they choose to update.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { open, searchBox } from '../helpers/app.ts';
import { strings } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'allow' });

const s = strings('en');

/**
 * Installs the app from a service worker script that differs by a comment from the one the
 * server has, so the browser's next update check finds "a new version". Chromium lets a
 * route see the page's registration fetch but not every later update check; either way each
 * script fetched after the first has different bytes.
 */
async function installOlderVersion(page: Page, context: BrowserContext): Promise<void> {
  let served = 0;
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: `${await response.text()}\n// test copy ${++served}\n` });
  });
  await open(page, '/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The page a service worker was installed from is not controlled by it: the next one is.
  await open(page, '/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Checks for an update as the browser does on its own from time to time. */
const checkForUpdate = (page: Page) => page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));

/** Marks this page load, to tell whether the page was reloaded since. */
const markPageLoad = (page: Page) => page.evaluate(() => ((window as { loadMark?: boolean }).loadMark = true));
const samePageLoad = (page: Page) => page.evaluate(() => (window as { loadMark?: boolean }).loadMark === true);

test('a new version is offered while the page the reader is on stays as it is', async ({ page, context }) => {
  await installOlderVersion(page, context);
  await markPageLoad(page);
  await searchBox(page, s).fill('half-typed words');
  await checkForUpdate(page);

  await expect(page.getByText(s.t('app.updateAvailable'))).toBeVisible();
  await expect(page.getByRole('button', { name: s.t('app.updateNow') })).toBeVisible();
  await expect(searchBox(page, s)).toHaveValue('half-typed words');
  expect(await samePageLoad(page)).toBe(true);
  // The new version waits for the reader instead of taking over.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
});

test('"Later" puts the offer away and keeps the page', async ({ page, context }) => {
  await installOlderVersion(page, context);
  await markPageLoad(page);
  await checkForUpdate(page);
  await page.getByRole('button', { name: s.t('app.updateLater') }).click();
  await expect(page.getByText(s.t('app.updateAvailable'))).toHaveCount(0);
  expect(await samePageLoad(page)).toBe(true);
});

test('"Update now" reloads into the new version', async ({ page, context }) => {
  await installOlderVersion(page, context);
  await markPageLoad(page);
  await checkForUpdate(page);
  await page.getByRole('button', { name: s.t('app.updateNow') }).click();
  await expect.poll(() => samePageLoad(page).catch(() => true), { message: 'the page reloads' }).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('home.title'));
  await expect(page.getByText(s.t('app.updateAvailable'))).toHaveCount(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
});
