/** What the browser tests do on the app again and again, written once, in the reader's terms. */
import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp, shippedLanguages, strings, type AnyLang, type Strings } from './strings.ts';

/** "Language" in every shipped language, read when first needed. */
let pickerLabels: RegExp | undefined;
const languagePickerLabels = (): RegExp =>
  (pickerLabels ??= new RegExp([...new Set(shippedLanguages.map((lang) => strings(lang).t('app.languagePicker')))].map(escapeRegExp).join('|')));

/** Opens a page and waits until the directory has loaded and the page drew its heading. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The header's language picker, whatever language the interface is in. */
export const languagePicker = (page: Page): Locator => page.getByRole('combobox', { name: languagePickerLabels() });

/** Chooses a language in the header's picker and waits until the page is in it. */
export async function chooseLanguage(page: Page, lang: AnyLang): Promise<void> {
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

/** "1.2 km away" or "800 m away" as kilometres. */
function distanceKm(text: string): number {
  const match = /([\d.,]+)\s*(km|m)\b/.exec(text);
  if (!match) throw new Error(`Not a distance: ${text}`);
  const value = Number(match[1]!.replace(',', '.'));
  return match[2] === 'km' ? value : value / 1000;
}

/** The distance each result card shows, in order; a service with no place to go counts as infinitely far. */
export async function resultDistancesKm(page: Page, s: Strings): Promise<number[]> {
  const distanceLine = s.pattern('service.distanceAway', {}, { exact: true });
  return (await resultCards(page).allInnerTexts()).map((card) => {
    const line = card.split('\n').find((text) => distanceLine.test(text.trim()));
    return line === undefined ? Infinity : distanceKm(line);
  });
}

/** Where the filter panel sits against the results, on a screen wide enough for both side by side. */
export async function filterPanelSide(page: Page, s: Strings): Promise<'left' | 'right'> {
  const filters = await page.getByRole('complementary', { name: s.t('filters.title') }).boundingBox();
  const results = await resultCards(page).first().boundingBox();
  if (!filters || !results) throw new Error('The filter panel or the results are not on screen');
  // Side by side: the boxes do not overlap horizontally.
  if (filters.x + filters.width <= results.x) return 'left';
  if (results.x + results.width <= filters.x) return 'right';
  throw new Error(`The filter panel and the results overlap: ${JSON.stringify({ filters, results })}`);
}
