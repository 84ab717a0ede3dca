/**
 * The main journey in each interface language: search from the home page, narrow to free
 * services, open one, and come back to the same filtered results.
 */
import { expect, test } from '@playwright/test';
import { cardCategory, chooseLanguage, filterCheckbox, open, resultCards, resultCount, searchBox, tabTo } from '../helpers/app.ts';
import { termFamily, termLabel } from '../helpers/data.ts';
import { strings, type Lang } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const queries: Record<Lang, string> = {
  en: 'english classes',
  fr: "cours d'anglais",
  ar: 'دروس اللغة الإنجليزية',
};

for (const lang of ['en', 'fr', 'ar'] as const) {
  test(`${lang}: search, keep free services, open one, and come back to the filtered results`, async ({ page }) => {
    const s = strings(lang);
    const languageClassLabels = termFamily('language-classes').map((id) => termLabel(id, lang));

    await open(page, '/');
    if (lang !== 'en') await chooseLanguage(page, lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('home.title'));

    await searchBox(page, s).fill(queries[lang]);
    await searchBox(page, s).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(resultCards(page).first()).toBeVisible();
    const allCount = await resultCount(page, s);
    for (const card of (await resultCards(page).all()).slice(0, 5)) {
      expect(languageClassLabels).toContain(await cardCategory(card, s).innerText());
    }

    await filterCheckbox(page, s.t('filters.free')).check();
    await expect(page).toHaveURL(/[?&]feature=free(&|$)/);
    await expect.poll(() => resultCount(page, s)).toBeLessThan(allCount);
    const freeCount = await resultCount(page, s);
    expect(freeCount).toBeGreaterThan(0);

    const firstLink = resultCards(page).first().getByRole('heading', { level: 3 }).getByRole('link');
    const serviceName = await firstLink.innerText();
    await firstLink.click();
    await expect(page).toHaveURL(/\/service\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceName);
    await expect(page.getByRole('heading', { level: 2, name: s.t('service.hours') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: s.t('service.eligibility') })).toBeVisible();
    await expect(page.getByText(s.pattern('service.lastVerified'))).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/[?&]feature=free(&|$)/);
    await expect(filterCheckbox(page, s.t('filters.free'))).toBeChecked();
    await expect.poll(() => resultCount(page, s)).toBe(freeCount);
  });
}

test('keyboard only: from the home page through a search and a filter to a service page', async ({ page }) => {
  const s = strings('en');
  await open(page, '/');

  await tabTo(page, searchBox(page, s));
  await page.keyboard.type(queries.en);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  // The new page's heading takes the focus, so a screen reader announces it.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(resultCards(page).first()).toBeVisible();
  const allCount = await resultCount(page, s);

  const free = filterCheckbox(page, s.t('filters.free'));
  await tabTo(page, free);
  await page.keyboard.press('Space');
  await expect(free).toBeChecked();
  await expect(page).toHaveURL(/[?&]feature=free(&|$)/);
  await expect.poll(() => resultCount(page, s)).toBeLessThan(allCount);

  const firstLink = resultCards(page).first().getByRole('heading', { level: 3 }).getByRole('link');
  const serviceName = await firstLink.innerText();
  await tabTo(page, firstLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/service\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceName);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Back to the results the same way, with the filter still on.
  await tabTo(page, page.getByRole('link', { name: s.t('service.back') }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]feature=free(&|$)/);
  await expect(free).toBeChecked();
});
