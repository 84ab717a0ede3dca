/**
 * Every language the interface ships in, in one typed registry. Adding a language is one entry
 * here and one folder in `locales/`; `assertLanguageRegistry` catches a mismatch at start-up.
 */
export type ScriptFont = 'ethiopic' | 'gurmukhi';

export interface UiLanguage {
  code: string;
  /** The language's name in itself, as the picker shows it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** Languages to fall back to, in order, for a missing string (English always comes last). */
  fallback: readonly string[];
  /** A script many phones lack a font for: its subset is loaded only for this language. */
  font?: ScriptFont;
}

export const uiLanguages = [
  { code: 'en', nativeName: 'English', dir: 'ltr', fallback: [] },
  { code: 'fr', nativeName: 'Français', dir: 'ltr', fallback: ['en'] },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', fallback: ['en'] },
  { code: 'zh-Hans', nativeName: '简体中文', dir: 'ltr', fallback: ['en'] },
  { code: 'zh-Hant', nativeName: '繁體中文', dir: 'ltr', fallback: ['zh-Hans', 'en'] },
  { code: 'pa', nativeName: 'ਪੰਜਾਬੀ', dir: 'ltr', fallback: ['en'], font: 'gurmukhi' },
  { code: 'es', nativeName: 'Español', dir: 'ltr', fallback: ['en'] },
  { code: 'tl', nativeName: 'Tagalog', dir: 'ltr', fallback: ['en'] },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', fallback: ['en'] },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl', fallback: ['en'] },
  { code: 'prs', nativeName: 'دری', dir: 'rtl', fallback: ['fa', 'en'] },
  { code: 'ur', nativeName: 'اردو', dir: 'rtl', fallback: ['en'] },
  { code: 'ps', nativeName: 'پښتو', dir: 'rtl', fallback: ['prs', 'fa', 'en'] },
  { code: 'hi', nativeName: 'हिन्दी', dir: 'ltr', fallback: ['en'] },
  { code: 'ta', nativeName: 'தமிழ்', dir: 'ltr', fallback: ['en'] },
  { code: 'ko', nativeName: '한국어', dir: 'ltr', fallback: ['en'] },
  { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr', fallback: ['en'] },
  { code: 'pt', nativeName: 'Português', dir: 'ltr', fallback: ['en'] },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', fallback: ['uk', 'en'] },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr', fallback: ['en'] },
  { code: 'ti', nativeName: 'ትግርኛ', dir: 'ltr', fallback: ['am', 'en'], font: 'ethiopic' },
  { code: 'am', nativeName: 'አማርኛ', dir: 'ltr', fallback: ['en'], font: 'ethiopic' },
] as const satisfies readonly UiLanguage[];

export type UiLanguageCode = (typeof uiLanguages)[number]['code'];
export const defaultLanguage: UiLanguageCode = 'en';

export function findUiLanguage(code: string): UiLanguage | undefined {
  return uiLanguages.find((language) => language.code === code);
}

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
