/**
 * Counted strings come out in the right grammatical form: real i18next over the real locale
 * files, set up as the app does (each language's fallback chain, English last). Which form each
 * number takes is written out here rather than asked of `Intl.PluralRules`, so a translation
 * filed under the wrong suffix, or i18next choosing forms differently, shows up.
 */
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { findUiLanguage, uiLanguages } from './languages.ts';

type Tree = { [key: string]: string | Tree };
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

import { readLocale } from '../../../tests/helpers/locale-files.ts';

function template(code: string, key: string): string {
  let node: string | Tree | undefined = readLocale(code);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`locales/${code} has no ${key}`);
  return node;
}

/** The form each count must take, from the languages' grammars (CLDR plural rules). */
const expectedForms: Record<'ar' | 'ru' | 'uk', Record<number, PluralForm>> = {
  // Arabic: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100 (and 101, 102) other.
  ar: { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 11: 'many', 100: 'other' },
  // Russian and Ukrainian: ending in 1 (not 11) one, in 2–4 (not 12–14) few, else many.
  ru: { 1: 'one', 2: 'few', 5: 'many', 21: 'one', 22: 'few', 25: 'many' },
  uk: { 1: 'one', 2: 'few', 5: 'many', 21: 'one', 22: 'few', 25: 'many' },
};

describe('plural forms of "N services" (search.resultCount)', () => {
  let instance: i18n;

  beforeAll(async () => {
    instance = i18next.createInstance();
    const codes = Object.keys(expectedForms).flatMap((code) => [code, ...(findUiLanguage(code)?.fallback ?? [])]);
    await instance.init({
      lng: 'en',
      fallbackLng: (code: string) => [...new Set([...(findUiLanguage(code)?.fallback ?? []), 'en'])],
      defaultNS: 'common',
      resources: Object.fromEntries([...new Set(['en', ...codes])].map((code) => [code, { common: readLocale(code) }])),
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  });

  for (const [code, forms] of Object.entries(expectedForms)) {
    describe(code, () => {
      for (const [count, form] of Object.entries(forms)) {
        it(`${count} takes the "${form}" form`, () => {
          const expected = template(code, `search.resultCount_${form}`).replace(/\{\{\s*count\s*\}\}/g, count);
          expect(instance.getFixedT(code)('search.resultCount', { count: Number(count) })).toBe(expected);
        });
      }

      it('has a different word for each form it needs', () => {
        // "1 услуга", "2 услуги", "5 услуг": a form copied over another would read wrong.
        const shown = Object.keys(forms).map((count) => instance.getFixedT(code)('search.resultCount', { count: Number(count) }).replace(/\d+/g, '#'));
        const distinctPerForm = new Set(Object.values(forms)).size;
        // Arabic's "many" and "other" share a word ("11 خدمة", "100 خدمة"), as the grammar has it.
        expect(new Set(shown).size).toBeGreaterThanOrEqual(code === 'ar' ? distinctPerForm - 1 : distinctPerForm);
      });
    });
  }
});

describe('writing direction in the language registry', () => {
  /** The languages written in the Arabic script that Guichet ships: Arabic, Persian, Dari, Urdu, Pashto. */
  const rightToLeft = ['ar', 'fa', 'prs', 'ur', 'ps'];

  it.each(rightToLeft)('%s is registered right to left', (code) => {
    expect(findUiLanguage(code)?.dir).toBe('rtl');
  });

  it('every other language is left to right', () => {
    expect(uiLanguages.filter((language) => language.dir === 'rtl').map((language) => language.code).sort()).toEqual([...rightToLeft].sort());
  });

  it('a language whose own name is written in a right-to-left script is registered right to left', () => {
    // The first letter of the name in itself: Arabic or Hebrew script means right to left.
    const rtlScript = /^[\p{Script=Arabic}\p{Script=Hebrew}]/u;
    for (const language of uiLanguages) {
      expect(language.dir, `${language.code} (${language.nativeName})`).toBe(rtlScript.test(language.nativeName) ? 'rtl' : 'ltr');
    }
  });
});
