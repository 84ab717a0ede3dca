import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from './languages.ts';
import { localeFiles, readLocale } from '../../../tests/helpers/locale-files.ts';

type Tree = { [key: string]: string | Tree };
const localesDir = new URL('../../../locales/', import.meta.url);
const load = (code: string): Tree => readLocale(code);

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Keys without plural suffixes: "search.resultCount_one" and "_other" are one key. */
const baseKeys = (strings: Map<string, string>) => new Set([...strings.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = flatten(load('en'));

  it('ship a locale folder for every registered language and no other', () => {
    const folders = readdirSync(localesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(uiLanguages.map((language) => language.code).sort());
  });

  for (const { code } of uiLanguages.filter((language) => language.code !== 'en')) {
    describe(code, () => {
      const strings = flatten(load(code));

      it('ships the same files as English, so each pack loads in this language too', () => {
        expect(localeFiles(code)).toEqual(localeFiles('en'));
      });

      it('has every key of English and none it lacks', () => {
        expect([...baseKeys(english)].filter((key) => !baseKeys(strings).has(key)), 'missing').toEqual([]);
        expect([...baseKeys(strings)].filter((key) => !baseKeys(english).has(key)), 'extra').toEqual([]);
      });

      it('has every plural form the language needs', () => {
        const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
        const pluralKeys = new Set([...english.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
        for (const key of pluralKeys) {
          for (const category of categories) expect(strings.has(`${key}_${category}`), `${key}_${category}`).toBe(true);
        }
      });

      it('uses the same interpolation variables as English', () => {
        for (const [key, text] of strings) {
          const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
          // Arabic spells out zero, one and two ("خدمتان"), so those forms may omit {{count}}.
          const mayOmitCount = /_(zero|one|two)$/.test(key);
          const expected = variables(source ?? '').filter((name) => !(mayOmitCount && name === 'count'));
          expect(variables(text).filter((name) => !(mayOmitCount && name === 'count')), key).toEqual(expected);
        }
      });
    });
  }
});
