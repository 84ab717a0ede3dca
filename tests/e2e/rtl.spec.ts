/** Arabic reads right to left: the document says so and the layout mirrors. */
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, open, resultCards } from '../helpers/app.ts';
import { strings, type Lang } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });

/** Where the filter panel sits against the results, on a screen wide enough for both side by side. */
async function filterSide(page: Page, lang: Lang): Promise<'left' | 'right'> {
  const filters = await page.getByRole('complementary', { name: strings(lang).t('filters.title') }).boundingBox();
  const results = await resultCards(page).first().boundingBox();
  if (!filters || !results) throw new Error('The filter panel or the results are not on screen');
  // Side by side: the boxes do not overlap horizontally.
  if (filters.x + filters.width <= results.x) return 'left';
  if (results.x + results.width <= filters.x) return 'right';
  throw new Error(`The filter panel and the results overlap: ${JSON.stringify({ filters, results })}`);
}

test('Arabic sets dir="rtl" and lang="ar" on the document', async ({ page }) => {
  await open(page, '/');
  await chooseLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings('ar').t('home.title'));
});

test('in Arabic the filter panel is to the right of the results', async ({ page }) => {
  await open(page, '/');
  await chooseLanguage(page, 'ar');
  await open(page, '/search?q=housing');
  await expect(resultCards(page).first()).toBeVisible();
  expect(await filterSide(page, 'ar')).toBe('right');
});

test('in English the document is left to right and the filter panel is to the left of the results', async ({ page }) => {
  await open(page, '/search?q=housing');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(resultCards(page).first()).toBeVisible();
  expect(await filterSide(page, 'en')).toBe('left');
});
