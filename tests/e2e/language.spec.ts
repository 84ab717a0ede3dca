/**
 * Which language the reader gets, and honesty about listings: the browser's language first,
 * the reader's choice after that, and a note on any listing not translated by a person.
 */
import { expect, test } from '@playwright/test';
import { chooseLanguage, languagePicker, open } from '../helpers/app.ts';
import { serviceTranslatedAs, translatedName } from '../helpers/data.ts';
import { strings } from '../helpers/strings.ts';

test.use({ serviceWorkers: 'block' });

test.describe('with a French-speaking browser (fr-CA)', () => {
  test.use({ locale: 'fr-CA' });

  test('the interface opens in French', async ({ page }) => {
    const fr = strings('fr');
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.t('home.title'));
    await expect(page.getByRole('searchbox', { name: fr.t('search.label') })).toBeVisible();
    await expect(languagePicker(page)).toHaveValue('fr');
  });

  test('a language chosen in the picker is remembered across a reload', async ({ page }) => {
    await open(page, '/');
    await chooseLanguage(page, 'ar');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings('ar').t('home.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(languagePicker(page)).toHaveValue('ar');
  });
});

test.describe('with an English-speaking browser (en-CA)', () => {
  test.use({ locale: 'en-CA' });

  test('the interface opens in English', async ({ page }) => {
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings('en').t('home.title'));
  });

  test('a listing not translated into French says so and is shown as the provider wrote it', async ({ page }) => {
    const fr = strings('fr');
    const service = serviceTranslatedAs('fr', 'none');
    await open(page, '/');
    await chooseLanguage(page, 'fr');
    await open(page, `/service/${service.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(service.name);
    await expect(page.getByText(fr.t('service.notTranslated'))).toBeVisible();
    // The provider's words are marked as their language, so a screen reader pronounces them right.
    await expect(page.getByText(service.description)).toHaveAttribute('lang', service.guichet_source_language ?? 'en');
  });

  test('a listing translated by a person has no translation warning', async ({ page }) => {
    const fr = strings('fr');
    const service = serviceTranslatedAs('fr', 'human');
    await open(page, '/');
    await chooseLanguage(page, 'fr');
    await open(page, `/service/${service.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(translatedName(service, 'fr'));
    await expect(page.getByText(fr.t('service.machineTranslated'))).toHaveCount(0);
    await expect(page.getByText(fr.t('service.notTranslated'))).toHaveCount(0);
  });

  test('a machine-translated listing says so, and "show original" switches to the provider’s words and back', async ({ page }) => {
    const ar = strings('ar');
    const service = serviceTranslatedAs('ar', 'machine');
    await open(page, '/');
    await chooseLanguage(page, 'ar');
    await open(page, `/service/${service.id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(translatedName(service, 'ar'));
    await expect(page.getByText(ar.t('service.machineTranslated'))).toBeVisible();

    await page.getByRole('button', { name: ar.t('service.showOriginal') }).click();
    await expect(heading).toHaveText(service.name);
    await expect(page.getByText(service.description)).toBeVisible();

    await page.getByRole('button', { name: ar.t('service.showTranslation') }).click();
    await expect(heading).toHaveText(translatedName(service, 'ar'));
  });
});
