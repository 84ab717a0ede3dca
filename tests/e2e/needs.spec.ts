/**
 * The guided needs check: four questions, answered by keyboard or by mouse, turn into
 * suggestions for the chosen priorities, computed on the device. Nothing leaves the page while
 * the check runs, the answers stay in this browser's storage across a reload, and "Clear my
 * answers" erases them.
 */
import { expect, test, type Page } from '@playwright/test';
import { open, tabTo } from '../helpers/app.ts';
import { demoServices, termFamily } from '../helpers/data.ts';
import { strings } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const s = strings('en');
const STORAGE_KEY = 'guichet.needs-answers';

/** The needs each priority is about, from the taxonomy: a suggestion must carry one of them. */
const priorityTerms: Record<string, string[]> = {
  work: [...termFamily('employment'), 'job-language-training'],
  language: [...termFamily('language-classes'), ...termFamily('language-assessment')],
  housing: termFamily('housing'),
  health: termFamily('health'),
  children: [...termFamily('childcare'), ...termFamily('education')],
  papers: [...termFamily('citizenship'), ...termFamily('settlement')],
};

const radio = (page: Page, label: string) => page.getByRole('radio', { name: label, exact: true });
const checkbox = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
const button = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true });
const storedAnswers = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/**
 * Every request the page makes from now on. The app has loaded by then; the check must not
 * need the server at all, so anything but a static asset of the app's own is a leak.
 */
function recordRequests(page: Page): { url: URL; resourceType: string }[] {
  const requests: { url: URL; resourceType: string }[] = [];
  page.on('request', (request) => requests.push({ url: new URL(request.url()), resourceType: request.resourceType() }));
  return requests;
}

function expectNothingSent(requests: { url: URL; resourceType: string }[], appOrigin: string): void {
  const listed = (matching: { url: URL; resourceType: string }[]) => matching.map(({ url, resourceType }) => `${resourceType} ${url.href}`);
  expect(listed(requests.filter(({ url }) => url.origin !== appOrigin)), 'requests to another origin').toEqual([]);
  expect(listed(requests.filter(({ url }) => url.pathname.startsWith('/api/'))), 'requests to the API').toEqual([]);
  // Only the app's own files may still be fetched (a chunk not loaded yet, an icon).
  const staticAsset = (url: URL) => /^\/(assets|icons)\//.test(url.pathname);
  expect(listed(requests.filter(({ url }) => !staticAsset(url))), 'requests other than static assets').toEqual([]);
}

/** The suggestion sections, by their headings, in order. */
const suggestionHeadings = (page: Page) => page.getByRole('heading', { level: 2 }).allInnerTexts();

/** The services suggested under one priority, as demo records. */
async function suggestedServices(page: Page, priority: string) {
  const section = page.getByRole('region', { name: s.t(`needs.priority.${priority}`) });
  const links = section.locator('ol.result-list > li').getByRole('heading', { level: 3 }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const ids = (await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''))).map((href) =>
    decodeURIComponent(href.replace(/^\/service\//, '')),
  );
  return ids.map((id) => demoServices.find((service) => service.id === id)!);
}

async function expectSuggestionsFor(page: Page, expected: string[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('needs.resultsTitle'));
  await expect.poll(() => suggestionHeadings(page)).toEqual(expected.map((priority) => s.t(`needs.priority.${priority}`)));
  for (const priority of expected) {
    const services = await suggestedServices(page, priority);
    expect(services.length, `suggestions for ${priority}`).toBeGreaterThan(0);
    for (const service of services) {
      const terms = (service.attributes ?? []).map((attribute) => attribute.taxonomy_term_id);
      expect(terms.some((term) => priorityTerms[priority]!.includes(term)), `${service.id} (${service.name}) suggested for ${priority}`).toBe(true);
    }
  }
}

test('by keyboard only: four questions, then suggestions for the chosen priorities, with nothing sent', async ({ page, baseURL }) => {
  await open(page, '/needs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('needs.title'));
  const requests = recordRequests(page);

  // Going on without an answer says what is missing.
  const next = button(page, s.t('needs.next'));
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(s.t('needs.chooseOne'));
  await expect(page.getByText(s.t('needs.step', { current: 1, total: 4 }))).toBeVisible();

  // 1. Arrival: into the radio group, choose the first answer, then arrow down to the third.
  await tabTo(page, radio(page, s.t('needs.time.arriving')));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, s.t('needs.time.oneToFive'))).toBeChecked();
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 2. Status: "I am not sure" is already chosen.
  await expect(page.getByText(s.t('needs.step', { current: 2, total: 4 }))).toBeVisible();
  await expect(radio(page, s.t('needs.statusNotSure'))).toBeChecked();
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 3. Household.
  await expect(page.getByText(s.t('needs.step', { current: 3, total: 4 }))).toBeVisible();
  await tabTo(page, checkbox(page, s.t('needs.household.alone')));
  await page.keyboard.press('Space');
  await expect(checkbox(page, s.t('needs.household.alone'))).toBeChecked();
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 4. Priorities: two of them.
  await expect(page.getByText(s.t('needs.step', { current: 4, total: 4 }))).toBeVisible();
  for (const priority of ['work', 'housing']) {
    await tabTo(page, checkbox(page, s.t(`needs.priority.${priority}`)));
    await page.keyboard.press('Space');
    await expect(checkbox(page, s.t(`needs.priority.${priority}`))).toBeChecked();
  }
  await tabTo(page, button(page, s.t('needs.seeSuggestions')));
  await page.keyboard.press('Enter');

  // Arrived one to five years ago, alone: no papers or children added to what was chosen.
  await expectSuggestionsFor(page, ['work', 'housing']);
  await page.waitForLoadState('networkidle');
  expectNothingSent(requests, new URL(baseURL!).origin);
});

test('by mouse: from the home page, suggestions for the priorities chosen and those the answers imply, with nothing sent', async ({ page, baseURL }) => {
  await open(page, '/');
  const requests = recordRequests(page);
  await page.getByRole('link', { name: s.t('home.needsCheckLink') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('needs.title'));
  const next = button(page, s.t('needs.next'));

  await radio(page, s.t('needs.time.lessThanYear')).click();
  await next.click();
  await radio(page, s.t('statuses.permanent_resident')).click();
  await next.click();
  await checkbox(page, s.t('needs.household.children')).click();
  await next.click();
  await checkbox(page, s.t('needs.priority.language')).click();
  await checkbox(page, s.t('needs.priority.health')).click();
  await button(page, s.t('needs.seeSuggestions')).click();

  // Less than a year in Canada adds papers; children at home add children and school.
  await expectSuggestionsFor(page, ['language', 'health', 'children', 'papers']);
  await page.waitForLoadState('networkidle');
  expectNothingSent(requests, new URL(baseURL!).origin);
});

test('answers survive a reload, and "Clear my answers" erases them from the device', async ({ page }) => {
  await open(page, '/needs');
  expect(await storedAnswers(page)).toBeNull();

  // Half-way through, a reload keeps what was answered.
  await radio(page, s.t('needs.time.moreThanFive')).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('needs.title'));
  await expect(radio(page, s.t('needs.time.moreThanFive'))).toBeChecked();

  const next = button(page, s.t('needs.next'));
  await next.click();
  await next.click();
  await checkbox(page, s.t('needs.household.partner')).click();
  await next.click();
  await checkbox(page, s.t('needs.priority.housing')).click();
  await button(page, s.t('needs.seeSuggestions')).click();
  await expectSuggestionsFor(page, ['housing']);
  expect(JSON.parse((await storedAnswers(page)) ?? 'null')).toEqual({ arrival: 'moreThanFive', status: null, household: ['partner'], priorities: ['housing'] });

  // A finished check reopens on its suggestions.
  await page.reload();
  await expectSuggestionsFor(page, ['housing']);

  await button(page, s.t('needs.clear')).click();
  await expect(page.getByRole('alert')).toHaveText(s.t('needs.cleared'));
  expect(await storedAnswers(page)).toBeNull();
  await expect(page.getByText(s.t('needs.step', { current: 1, total: 4 }))).toBeVisible();
  for (const arrival of ['arriving', 'lessThanYear', 'oneToFive', 'moreThanFive']) await expect(radio(page, s.t(`needs.time.${arrival}`))).not.toBeChecked();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('needs.title'));
  await expect(radio(page, s.t('needs.time.moreThanFive'))).not.toBeChecked();
  expect(await storedAnswers(page)).toBeNull();
});
