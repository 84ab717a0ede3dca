/** What the browser tests do on the app again and again, written once, in the reader's terms. */
import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp, languages, strings, type Lang, type Strings } from './strings.ts';

const pickerLabels = new RegExp(languages.map((lang) => escapeRegExp(strings(lang).t('app.languagePicker'))).join('|'));

/** Opens a page and waits until the directory has loaded and the page drew its heading. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The header's language picker, whatever language the interface is in. */
export const languagePicker = (page: Page): Locator => page.getByRole('combobox', { name: pickerLabels });

/** Chooses a language in the header's picker and waits until the page is in it. */
export async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  await languagePicker(page).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export const searchBox = (page: Page, s: Strings): Locator => page.getByRole('searchbox', { name: s.t('search.label') });

/** The result cards, in order. */
export const resultCards = (page: Page): Locator => page.locator('ol.result-list > li');

/** The "N services" line above the results. */
export const resultCountLine = (page: Page, s: Strings): Locator => page.getByRole('status').filter({ hasText: s.pattern('search.resultCount', {}, { exact: true }) });

/** The number of results the page says it found, once the search has answered. */
export async function resultCount(page: Page, s: Strings): Promise<number> {
  const line = resultCountLine(page, s);
  await expect(line).toBeVisible();
  const count = s.count('search.resultCount', await line.innerText());
  if (count === null) throw new Error(`Not a result count: ${await line.innerText()}`);
  return count;
}

/** A filter checkbox by its label (its name goes on with the count: "Free (28)"). */
export const filterCheckbox = (page: Page, label: string): Locator =>
  page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}(?:\\s|$)`) });

/** The category tags shown on a result card. */
export const cardCategory = (card: Locator, s: Strings): Locator => card.getByRole('list', { name: s.t('filters.category') }).getByRole('listitem').first();

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}
