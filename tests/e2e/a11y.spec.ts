/**
 * Accessibility on every page in every language: no axe violation of WCAG 2.2 AA, and no
 * sideways scrolling on a 320 px phone or at 200 % zoom on a laptop (WCAG 1.4.10 Reflow).
 */
import { expect, test, type Page } from '@playwright/test';
import { open, resultCards } from '../helpers/app.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { serviceTranslatedAs } from '../helpers/data.ts';
import { languages, strings, type Lang, type Strings } from '../helpers/strings.ts';

test.use({ serviceWorkers: 'block' });

interface Route {
  name: string;
  path: string;
  /** Waits until the page shows what it is about, so axe sees the finished page. */
  ready: (page: Page, s: Strings) => Promise<void>;
}

const heading2 = (page: Page, name: string) => expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

const routes: Route[] = [
  { name: 'home', path: '/', ready: (page, s) => heading2(page, s.t('home.browseCategories')) },
  { name: 'search with results', path: '/search?q=housing', ready: (page) => expect(resultCards(page).first()).toBeVisible() },
  { name: 'search with no results', path: '/search?q=zqxjvwk&feature=free', ready: (page, s) => heading2(page, s.t('search.noResultsTitle')) },
  // A machine translation in Arabic, a person's in French: both translation notes get checked.
  { name: 'service page', path: `/service/${serviceTranslatedAs('ar', 'machine').id}`, ready: (page, s) => heading2(page, s.t('service.hours')) },
  { name: 'service page not translated', path: `/service/${serviceTranslatedAs('fr', 'none').id}`, ready: (page, s) => heading2(page, s.t('service.hours')) },
  {
    name: 'not found',
    path: '/no-such-page',
    ready: (page, s) => expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('app.notFoundTitle')),
  },
];

/** How far the page scrolls sideways; 0 when everything reflows into the viewport. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) {
    // Name the widest culprits, so a failure says what to fix.
    const culprits = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.right > limit + 0.5 || box.left < -0.5;
        })
        .slice(0, 8)
        .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replace(/\s+/g, '.')}` : ''}: ${Math.round(element.getBoundingClientRect().width)}px wide`);
    });
    expect(overflow, `the page scrolls sideways by ${overflow}px; too wide:\n${culprits.join('\n')}`).toBe(0);
  }
}

const languageLocale: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA', ar: 'ar' };

for (const lang of languages) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: languageLocale[lang] });
    const s = strings(lang);

    for (const route of routes) {
      test(`${route.name}: no WCAG 2.2 AA violations`, async ({ page }) => {
        await open(page, route.path);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await route.ready(page, s);
        await expectNoAxeViolations(page);
      });
    }

    test('search with the filter panel open on a phone: no WCAG 2.2 AA violations', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 700 });
      await open(page, '/search?q=housing');
      await page.getByRole('button', { name: s.t('filters.show') }).click();
      await expect(page.getByRole('heading', { level: 2, name: s.t('filters.title') })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test.describe('320 px wide', () => {
      test.use({ viewport: { width: 320, height: 640 } });

      for (const route of routes) {
        test(`${route.name}: no horizontal scrolling`, async ({ page }) => {
          await open(page, route.path);
          await route.ready(page, s);
          await expectNoHorizontalScroll(page);
        });
      }

      test('search with the filter panel open: no horizontal scrolling', async ({ page }) => {
        await open(page, '/search?q=housing&near=N6A&sort=distance');
        await page.getByRole('button', { name: s.t('filters.show') }).click();
        await expect(page.getByRole('heading', { level: 2, name: s.t('filters.title') })).toBeVisible();
        await expectNoHorizontalScroll(page);
      });
    });

    test.describe('1280 px at 200 % zoom', () => {
      // 200 % zoom on a 1280 × 800 screen lays the page out in 640 × 400 CSS pixels.
      test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

      for (const route of routes) {
        test(`${route.name}: no horizontal scrolling`, async ({ page }) => {
          await open(page, route.path);
          await route.ready(page, s);
          await expectNoHorizontalScroll(page);
        });
      }
    });
  });
}

test.describe('with the service worker', () => {
  test.use({ locale: 'en-CA', serviceWorkers: 'allow' });

  test('the "works offline" notice: no WCAG 2.2 AA violations', async ({ page }) => {
    const s = strings('en');
    await open(page, '/');
    // The notice waits for the service worker to precache every language and page pack.
    await expect(page.getByText(s.t('app.offlineReady'))).toBeVisible({ timeout: 25_000 });
    await expectNoAxeViolations(page);
  });
});
