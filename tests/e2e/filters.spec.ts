/** Search and filters: the address holds them, counts guide the reader, and no search ends in a dead end. */
import { expect, test, type Page } from '@playwright/test';
import { cardCategory, filterCheckbox, open, resultCards, resultCount } from '../helpers/app.ts';
import { termFamily, termLabel } from '../helpers/data.ts';
import { strings } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });

const s = strings('en');
const postalCodeField = (page: Page) => page.getByRole('textbox', { name: s.t('filters.postalCode') });

/** "1.2 km away" or "800 m away" as kilometres. */
function distanceKm(text: string): number {
  const match = /([\d.,]+)\s*(km|m)\b/.exec(text);
  if (!match) throw new Error(`Not a distance: ${text}`);
  const value = Number(match[1]!.replace(',', '.'));
  return match[2] === 'km' ? value : value / 1000;
}

test('the address holds the query and the filters, so a reload keeps them', async ({ page }) => {
  await open(page, '/search?q=housing');
  await filterCheckbox(page, s.t('filters.free')).check();
  await expect(page).toHaveURL(/[?&]feature=free(&|$)/);
  await filterCheckbox(page, s.t('filters.weekends')).check();
  await expect(page).toHaveURL(/[?&]when=weekends(&|$)/);
  const url = new URL(page.url());
  expect(url.searchParams.get('q')).toBe('housing');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('search.resultsFor', { query: 'housing' }));
  await expect(filterCheckbox(page, s.t('filters.free'))).toBeChecked();
  await expect(filterCheckbox(page, s.t('filters.weekends'))).toBeChecked();
  await expect(page.getByRole('searchbox', { name: s.t('search.label') })).toHaveValue('housing');
});

test('the back button restores the previous filters', async ({ page }) => {
  await open(page, '/search?q=housing');
  const unfiltered = await resultCount(page, s);
  const free = filterCheckbox(page, s.t('filters.free'));
  const online = filterCheckbox(page, s.t('filters.virtual'));

  await free.check();
  await expect(page).toHaveURL(/[?&]feature=free(&|$)/);
  const freeOnly = await resultCount(page, s);
  await online.check();
  await expect(page).toHaveURL(/feature=free&feature=virtual/);

  await page.goBack();
  await expect(page).not.toHaveURL(/feature=virtual/);
  await expect(free).toBeChecked();
  await expect(online).not.toBeChecked();
  await expect.poll(() => resultCount(page, s)).toBe(freeOnly);

  await page.goBack();
  await expect(page).not.toHaveURL(/feature=/);
  await expect(free).not.toBeChecked();
  await expect.poll(() => resultCount(page, s)).toBe(unfiltered);
});

test('a postal code typed in lower case sorts by distance and shows distances on the cards', async ({ page }) => {
  await open(page, '/search?q=english');
  await postalCodeField(page).fill('n6a 3n7');
  await postalCodeField(page).press('Enter');

  await expect(page).toHaveURL(/[?&]near=N6A(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=distance(&|$)/);
  await expect(page.getByRole('combobox', { name: s.t('search.sortLabel') })).toHaveValue('distance');
  await expect(page.getByText(s.t('filters.nearPoint', { place: 'N6A' }))).toBeVisible();

  await expect(resultCards(page).first().getByText(s.pattern('service.distanceAway'))).toBeVisible();
  // Nearest first; services with no place to go (online, by phone) have no distance and come last.
  const km = (await resultCards(page).allInnerTexts()).map((card) => {
    const line = card.split('\n').find((text) => s.pattern('service.distanceAway', {}, { exact: true }).test(text.trim()));
    return line === undefined ? Infinity : distanceKm(line);
  });
  expect(km).toEqual([...km].sort((a, b) => a - b));
});

test('an invalid postal code shows what is wrong and keeps what was typed', async ({ page }) => {
  await open(page, '/search?q=english');
  await postalCodeField(page).fill('12345');
  await postalCodeField(page).press('Enter');

  await expect(page.getByText(s.t('filters.postalCodeInvalid', { value: '12345' }))).toBeVisible();
  await expect(postalCodeField(page)).toHaveValue('12345');
  await expect(postalCodeField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page).not.toHaveURL(/near=/);
});

test('each filter value shows how many services it would leave', async ({ page }) => {
  await open(page, '/search?q=english');
  await expect(resultCards(page).first()).toBeVisible();
  const free = filterCheckbox(page, s.t('filters.free'));
  const label = await free.evaluate((input) => input.closest('label')!.textContent!);
  const shown = new RegExp(`${s.pattern('filters.countSuffix').source}$`).exec(label);
  expect(shown, `a count next to "${label}"`).not.toBeNull();
  const count = Number(/\d+/.exec(shown![0])![0]);

  await free.check();
  await expect.poll(() => resultCount(page, s)).toBe(count);
});

test('a misspelled query still finds employment services', async ({ page }) => {
  const employmentLabels = termFamily('employment').map((id) => termLabel(id, 'en'));
  await open(page, '/search?q=emplyment');
  await expect(resultCards(page).first()).toBeVisible();
  expect(employmentLabels).toContain(await cardCategory(resultCards(page).first(), s).innerText());
});

test('a query that matches nothing offers a way on instead of a dead end', async ({ page }) => {
  await open(page, '/search?q=zqxjvwk');
  await expect(page.getByRole('heading', { level: 2, name: s.t('search.noResultsTitle') })).toBeVisible();
  await expect(page.getByText(s.t('search.noResultsBody'))).toBeVisible();
  await expect(page.getByText(s.t('search.tryCategories'))).toBeVisible();
  const broader = page.getByRole('link', { name: termLabel('language-classes', 'en'), exact: true });
  await expect(broader).toBeVisible();
  await expect(page.getByRole('button', { name: s.t('search.clearFilters') })).toHaveCount(0);

  await broader.click();
  await expect(page).toHaveURL(/[?&]category=language-classes(&|$)/);
  await expect(resultCards(page).first()).toBeVisible();
});

test('when a misspelled query and filters leave nothing, the correct spelling is offered', async ({ page }) => {
  // Filters narrow enough that nothing is left, so the page offers the respelling instead.
  await open(page, '/search?q=emplyment&audience=lgbtq&when=weekends&feature=phone');
  await expect(page.getByRole('heading', { level: 2, name: s.t('search.noResultsTitle') })).toBeVisible();
  await expect(page.getByText(s.t('search.didYouMean'))).toBeVisible();
  await page.getByRole('link', { name: 'employment', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=employment(&|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('search.resultsFor', { query: 'employment' }));
});

test('with filters on, an empty result offers to clear them and keeps the query', async ({ page }) => {
  await open(page, '/search?q=zqxjvwk&feature=free&when=weekends');
  await expect(page.getByRole('heading', { level: 2, name: s.t('search.noResultsTitle') })).toBeVisible();
  await page.getByRole('button', { name: s.t('search.clearFilters') }).click();
  await expect(page).not.toHaveURL(/feature=|when=/);
  await expect(page).toHaveURL(/[?&]q=zqxjvwk(&|$)/);
  await expect(filterCheckbox(page, s.t('filters.free'))).not.toBeChecked();
});
