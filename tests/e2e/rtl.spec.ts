/** Arabic reads right to left: the document says so and the layout mirrors. */
import { expect, test } from '@playwright/test';
import { chooseLanguage, filterPanelSide, open, resultCards } from '../helpers/app.ts';
import { strings } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });

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
  expect(await filterPanelSide(page, strings('ar'))).toBe('right');
});

test('in English the document is left to right and the filter panel is to the left of the results', async ({ page }) => {
  await open(page, '/search?q=housing');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(resultCards(page).first()).toBeVisible();
  expect(await filterPanelSide(page, strings('en'))).toBe('left');
});
