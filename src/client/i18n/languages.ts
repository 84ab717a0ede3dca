/**
 * Every language the interface ships in, in one typed registry. Adding a language is one entry
 * here and one folder in `locales/`; `assertLanguageRegistry` catches a mismatch at start-up.
 */
export interface UiLanguage {
  code: string;
  /** The language's name in itself, as the picker shows it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** Languages to fall back to, in order, for a missing string. */
  fallback: string[];
}

export const uiLanguages = [
  { code: 'en', nativeName: 'English', dir: 'ltr', fallback: [] },
  { code: 'fr', nativeName: 'Français', dir: 'ltr', fallback: ['en'] },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', fallback: ['en'] },
] as const satisfies readonly UiLanguage[];

export type UiLanguageCode = (typeof uiLanguages)[number]['code'];
export const defaultLanguage: UiLanguageCode = 'en';

export function findUiLanguage(code: string): UiLanguage | undefined {
  return uiLanguages.find((language) => language.code === code);
}

/** The first of the browser's preferred languages that we ship, by exact tag then base language. */
export function pickLanguage(preferred: readonly string[]): UiLanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = uiLanguages.find((language) => language.code === tag || language.code === base);
    if (match) return match.code;
  }
  return defaultLanguage;
}

export function assertLanguageRegistry(available: readonly string[]): void {
  for (const language of uiLanguages) {
    if (!available.includes(language.code)) throw new Error(`Language ${language.code} has no locales/${language.code}/common.json`);
    for (const fallback of language.fallback) {
      if (!findUiLanguage(fallback)) throw new Error(`Language ${language.code} falls back to unknown ${fallback}`);
    }
  }
}
