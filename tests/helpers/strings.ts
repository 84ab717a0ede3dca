/**
 * The app's UI strings, read from `locales/`, so tests find buttons and check text the way a
 * reader sees them and a copy edit does not break a test. Resolves keys the way i18next does
 * for the app: `{{var}}` interpolation, `_zero`/`_one`/`_two`/… plural suffixes chosen by
 * `Intl.PluralRules`, and each language's fallback chain from the registry, English last.
 */
import { readLocale } from './locale-files.ts';
import { findUiLanguage, languageCodes, type UiLanguageCode } from '../../src/shared/languages.ts';

/** The languages most specs run in: English, French and Arabic (right to left). */
export const languages = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof languages)[number];
/** Every language the app ships (`src/shared/languages.ts`), for the specs about languages. */
export const shippedLanguages: readonly UiLanguageCode[] = languageCodes;
export type AnyLang = UiLanguageCode;
export type Vars = Record<string, string | number>;

interface Tree {
  [key: string]: string | Tree;
}

const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** Plural forms whose template may omit the number ("خدمة واحدة"): the number they stand for. */
const impliedCount: Partial<Record<(typeof pluralCategories)[number], number>> = { zero: 0, one: 1, two: 2 };

const loaded = new Map<AnyLang, Tree>();
function localeTree(lang: AnyLang): Tree {
  let tree = loaded.get(lang);
  if (!tree) {
    tree = readLocale(lang);
    loaded.set(lang, tree);
  }
  return tree;
}

function lookup(lang: AnyLang, key: string): string | undefined {
  let node: string | Tree | undefined = localeTree(lang);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A label at the start of an accessible name that goes on ("Free (28)"), and not a longer word. */
export const startsWith = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}(?:\\s|$)`);

export interface Strings {
  lang: AnyLang;
  /** The string for `key`, as the app shows it. Throws on a key missing in every language. */
  t(key: string, vars?: Vars): string;
  /**
   * A RegExp for the string: variables given are matched literally, others (and `count`, over
   * every plural form, when not given) match anything.
   */
  pattern(key: string, vars?: Vars, options?: { exact?: boolean }): RegExp;
  /** The number a counted string shows ("12 services", "خدمتان"), or null when `text` is not one. */
  count(key: string, text: string): number | null;
}

export function strings(lang: AnyLang): Strings {
  const chain: AnyLang[] = [...new Set<AnyLang>([lang, ...((findUiLanguage(lang)?.fallback ?? []) as AnyLang[]), 'en'])];
  const rules = new Intl.PluralRules(lang);
  const raw = (key: string): string | undefined => {
    for (const code of chain) {
      const found = lookup(code, key);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  /** Every plural form of a key in the first language that has any, with its category. */
  const forms = (key: string): Array<{ category: (typeof pluralCategories)[number]; template: string }> => {
    for (const code of chain) {
      const found = pluralCategories.flatMap((category) => {
        const template = lookup(code, `${key}_${category}`);
        return template === undefined ? [] : [{ category, template }];
      });
      if (found.length) return found;
    }
    const plain = raw(key);
    return plain === undefined ? [] : [{ category: 'other', template: plain }];
  };
  const missing = (key: string) => new Error(`No string ${key} in locales/${chain.join(', locales/')}`);

  return {
    lang,
    t(key, vars = {}) {
      const template = vars.count !== undefined ? (raw(`${key}_${rules.select(Number(vars.count))}`) ?? raw(`${key}_other`) ?? raw(key)) : raw(key);
      if (template === undefined) throw missing(key);
      return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (vars[name] !== undefined ? String(vars[name]) : whole));
    },
    pattern(key, vars = {}, { exact = false } = {}) {
      const templates = vars.count !== undefined ? [this.t(key, vars)] : forms(key).map((form) => form.template);
      if (!templates.length) throw missing(key);
      const source = templates
        .map((template) =>
          template
            .split(/(\{\{\s*\w+\s*\}\})/)
            .map((part) => {
              const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
              if (!name) return escapeRegExp(part);
              return vars[name] !== undefined ? escapeRegExp(String(vars[name])) : name === 'count' ? '\\d+' : '.+?';
            })
            .join(''),
        )
        .join('|');
      return new RegExp(exact ? `^(?:${source})$` : `(?:${source})`);
    },
    count(key, text) {
      const trimmed = text.trim();
      for (const { category, template } of forms(key)) {
        const [before, after] = template.split(/\{\{\s*count\s*\}\}/);
        if (after === undefined) {
          if (trimmed === template && impliedCount[category] !== undefined) return impliedCount[category];
          continue;
        }
        const match = new RegExp(`^${escapeRegExp(before!)}(\\d+)${escapeRegExp(after)}$`).exec(trimmed);
        if (match) return Number(match[1]);
      }
      return null;
    },
  };
}
