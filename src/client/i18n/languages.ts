/** Choosing the interface language, and checking the registry against the shipped strings. */
import { defaultLanguage, findUiLanguage, uiLanguages, type UiLanguageCode } from '../../shared/languages.ts';

export { findUiLanguage, uiLanguages, type UiLanguageCode };

/**
 * The first of the browser's preferred languages that we ship: exact tag, then the script
 * (`zh-TW` reads traditional characters), then the base language.
 */
export function pickLanguage(preferred: readonly string[]): UiLanguageCode {
  for (const tag of preferred) {
    if (!tag) continue;
    const exact = uiLanguages.find((language) => language.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    const [base = '', region = ''] = tag.split('-');
    if (base.toLowerCase() === 'zh') return /^(hant|tw|hk|mo)$/i.test(region) ? 'zh-Hant' : 'zh-Hans';
    const match = uiLanguages.find((language) => language.code === base.toLowerCase());
    if (match) return match.code;
  }
  return defaultLanguage;
}

/** Checks the registry against the shipped locale folders; throws with the first problem. */
export function assertLanguageRegistry(available: readonly string[]): void {
  const codes = new Set<string>();
  for (const language of uiLanguages) {
    if (codes.has(language.code)) throw new Error(`Language ${language.code} is registered twice`);
    codes.add(language.code);
    if (!available.includes(language.code)) throw new Error(`Language ${language.code} has no locales/${language.code}/common.json`);
    for (const fallback of language.fallback) {
      if (!findUiLanguage(fallback)) throw new Error(`Language ${language.code} falls back to unknown ${fallback}`);
      if (fallback === language.code) throw new Error(`Language ${language.code} falls back to itself`);
    }
  }
  for (const code of available) if (!codes.has(code)) throw new Error(`locales/${code} is not in the language registry`);
}
