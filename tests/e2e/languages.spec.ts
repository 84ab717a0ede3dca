/**
 * The languages beyond English, French and Arabic: each chosen in the header's picker sets the
 * document's language and direction, mirrors the layout when it reads right to left, and can be
 * searched in; misspelled searches in four languages reach listings written only in English
 * (through the taxonomy's words in that language); the script fonts load only for the languages
 * that need them; and the main pages pass axe in six languages.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { cardCategory, chooseLanguage, filterPanelSide, open, resultCards, searchBox } from '../helpers/app.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { demoServices, englishOnlyServicesIn, serviceTranslatedAs, termFamily, termLabel, termSynonyms, type DemoService } from '../helpers/data.ts';
import { strings, type AnyLang } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });

/** Written in the Arabic script, so right to left; the others here are left to right. */
const rightToLeft: readonly AnyLang[] = ['ar', 'fa', 'prs', 'ur', 'ps'];
const toured: readonly AnyLang[] = [...rightToLeft, 'zh-Hans', 'pa', 'ti'];

const html = (page: Page) => page.locator('html');
const firstResultLink = (page: Page) => resultCards(page).first().getByRole('heading', { level: 3 }).getByRole('link');

/** The ids of the services listed, after "Show more" until every result is on the page. */
async function allResultIds(page: Page, lang: AnyLang): Promise<string[]> {
  const showMore = page.getByRole('button', { name: strings(lang).t('search.showMore') });
  while (await showMore.isVisible()) {
    const shown = await resultCards(page).count();
    await showMore.click();
    await expect.poll(() => resultCards(page).count()).toBeGreaterThan(shown);
  }
  const hrefs = await resultCards(page).getByRole('heading', { level: 3 }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.replace(/^\/service\//, '')));
}

for (const lang of toured) {
  const dir = rightToLeft.includes(lang) ? 'rtl' : 'ltr';

  test(`${lang}: chosen in the picker, the page is ${dir}, and a search in ${lang} leads to a service`, async ({ page }) => {
    const s = strings(lang);
    await open(page, '/');
    await chooseLanguage(page, lang);
    await expect(html(page)).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('home.title'));

    // A word a reader of this language would type for language classes, in its own script
    // (not "ESL"), from the taxonomy's words (data/taxonomy-synonyms.json).
    const word = termSynonyms('language-classes', lang).find((synonym) => /[^\p{Script=Latin}\p{Script=Common}]/u.test(synonym));
    if (!word) throw new Error(`No ${lang} synonym for language-classes in the language's own script`);
    await searchBox(page, s).fill(word);
    await searchBox(page, s).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(resultCards(page).first()).toBeVisible();
    const classLabels = termFamily('language-classes').map((id) => termLabel(id, lang));
    const firstCategories = await Promise.all((await resultCards(page).all()).slice(0, 5).map((card) => cardCategory(card, s).innerText()));
    expect(firstCategories.filter((category) => classLabels.includes(category)), `"${word}" should bring language classes first`).not.toEqual([]);

    // Wide enough for the filter panel beside the results: it is on the side a reader starts from.
    expect(await filterPanelSide(page, s)).toBe(dir === 'rtl' ? 'right' : 'left');

    const serviceName = await firstResultLink(page).innerText();
    await firstResultLink(page).click();
    await expect(page).toHaveURL(/\/service\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceName);
    await expect(html(page)).toHaveAttribute('dir', dir);
  });
}

/**
 * Queries with one slip of the keyboard (a letter dropped or two swapped) in a real word for a
 * need. `correct` is the word as the taxonomy spells it: the test checks it is there, and that
 * the misspelling is not, so the listing can only be reached by correcting the typo.
 */
const misspelled: Array<{ lang: AnyLang; query: string; typo: string; correct: string; term: string }> = [
  { lang: 'es', query: 'clases de inlges', typo: 'inlges', correct: 'inglés', term: 'language-classes' },
  { lang: 'ar', query: 'بنك الطعم', typo: 'الطعم', correct: 'الطعام', term: 'food' },
  { lang: 'pa', query: 'ਨਾਗਰਿਤਾ ਟੈਸਟ', typo: 'ਨਾਗਰਿਤਾ', correct: 'ਨਾਗਰਿਕਤਾ', term: 'citizenship' },
  { lang: 'uk', query: 'перекладч', typo: 'перекладч', correct: 'перекладач', term: 'interpretation' },
];

const taxonomyText = (term: string, lang: AnyLang) =>
  termFamily(term)
    .flatMap((id) => [termLabel(id, lang), ...termSynonyms(id, lang)])
    .join(' ')
    .toLocaleLowerCase(lang);

for (const { lang, query, typo, correct, term } of misspelled) {
  test(`${lang}: the misspelled "${query}" finds a ${term} listing written only in English`, async ({ page }) => {
    const englishOnly = englishOnlyServicesIn(term);
    expect(englishOnly, `the demo data has English-only ${term} listings`).not.toEqual([]);
    expect(taxonomyText(term, lang), `the taxonomy's ${lang} words for ${term}`).toContain(correct.toLocaleLowerCase(lang));
    expect(taxonomyText(term, lang), `"${typo}" must be a misspelling, not a taxonomy word`).not.toContain(typo.toLocaleLowerCase(lang));

    const s = strings(lang);
    await open(page, '/');
    await chooseLanguage(page, lang);
    await searchBox(page, s).fill(query);
    await searchBox(page, s).press('Enter');
    await expect(resultCards(page).first()).toBeVisible();
    const found = await allResultIds(page, lang);
    const englishOnlyFound = englishOnly.filter((service) => found.includes(service.id));
    expect(englishOnlyFound.map((service) => service.name), `English-only ${term} listings among ${found.length} results`).not.toEqual([]);
  });
}

test.describe('script fonts', () => {
  /** The font files and stylesheets the page asks for, from before it opens. */
  function recordFontRequests(page: Page): string[] {
    const urls: string[] = [];
    page.on('request', (request: Request) => {
      if (/ethiopic|gurmukhi|\.woff2?(\?|$)/i.test(request.url())) urls.push(new URL(request.url()).pathname);
    });
    return urls;
  }

  test('none is requested in English, nor in Arabic', async ({ page }) => {
    const fonts = recordFontRequests(page);
    await open(page, '/');
    await open(page, '/search?q=housing');
    await expect(resultCards(page).first()).toBeVisible();
    await chooseLanguage(page, 'ar');
    await open(page, `/service/${demoServices[0]!.id}`);
    await page.waitForLoadState('networkidle');
    expect(fonts).toEqual([]);
  });

  for (const { lang, font, other } of [
    { lang: 'ti', font: 'ethiopic', other: 'gurmukhi' },
    { lang: 'pa', font: 'gurmukhi', other: 'ethiopic' },
  ] as const) {
    test(`${lang}: the ${font} font is requested once ${lang} is chosen, and only then`, async ({ page }) => {
      const fonts = recordFontRequests(page);
      await open(page, '/');
      await page.waitForLoadState('networkidle');
      expect(fonts, 'before the language is chosen').toEqual([]);

      await chooseLanguage(page, lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings(lang).t('home.title'));
      await expect.poll(() => fonts.filter((url) => url.includes(font) && url.endsWith('.css')), 'the stylesheet').not.toEqual([]);
      // The page now shows text in the script, so the browser fetches the font file itself.
      await expect.poll(() => fonts.filter((url) => url.includes(font) && url.endsWith('.woff2')), 'the woff2 file').not.toEqual([]);
      const family = `Noto Sans ${font[0]!.toUpperCase()}${font.slice(1)}`;
      await expect
        .poll(() => page.evaluate((name) => [...document.fonts].some((face) => face.family.replace(/["']/g, '') === name && face.status === 'loaded'), family))
        .toBe(true);
      expect(fonts.filter((url) => url.includes(other)), `no ${other} font for ${lang}`).toEqual([]);
    });
  }
});

test.describe('accessibility in six languages', () => {
  const browserLocale: Partial<Record<AnyLang, string>> = { ar: 'ar', fa: 'fa-IR', ur: 'ur-PK', 'zh-Hans': 'zh-CN', en: 'en-CA', fr: 'fr-CA' };

  /** A listing showing the note about its translation (by a machine, else none), or a person's translation. */
  function serviceFor(lang: AnyLang): DemoService {
    for (const kind of ['machine', 'none', 'human'] as const) {
      try {
        return serviceTranslatedAs(lang, kind);
      } catch {
        // The demo has no listing translated that way into this language: try the next.
      }
    }
    return demoServices[0]!;
  }

  for (const [lang, locale] of Object.entries(browserLocale) as Array<[AnyLang, string]>) {
    test.describe(lang, () => {
      test.use({ locale });
      const s = strings(lang);
      const word = lang === 'en' ? 'english classes' : termSynonyms('language-classes', lang)[0]!;
      const routes: Array<{ name: string; path: string; ready: (page: Page) => Promise<void> }> = [
        { name: 'home', path: '/', ready: (page) => expect(page.getByRole('heading', { level: 2, name: s.t('home.browseCategories') })).toBeVisible() },
        { name: 'search', path: `/search?q=${encodeURIComponent(word)}`, ready: (page) => expect(resultCards(page).first()).toBeVisible() },
        { name: 'service', path: `/service/${serviceFor(lang).id}`, ready: (page) => expect(page.getByRole('heading', { level: 2, name: s.t('service.hours') })).toBeVisible() },
        { name: 'needs check', path: '/needs', ready: (page) => expect(page.getByRole('group', { name: s.t('needs.timeQuestion') })).toBeVisible() },
      ];

      for (const route of routes) {
        test(`${route.name}: no WCAG 2.2 AA violations`, async ({ page }) => {
          await open(page, route.path);
          await expect(html(page)).toHaveAttribute('lang', lang);
          await route.ready(page);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
});
