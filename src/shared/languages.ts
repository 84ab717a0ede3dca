/**
 * Every language Guichet ships, in one typed registry shared by the interface (direction,
 * fonts, fallbacks) and the taxonomy (labels and synonyms in each). Adding a language is one
 * entry here, one folder in `locales/`, and its words in `data/taxonomy.json`; the tests and the
 * app's start-up check catch anything missing.
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
export const languageCodes: readonly UiLanguageCode[] = uiLanguages.map((language) => language.code);

export function findUiLanguage(code: string): UiLanguage | undefined {
  return uiLanguages.find((language) => language.code === code);
}
