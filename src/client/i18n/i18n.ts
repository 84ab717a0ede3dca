/**
 * i18next set up for the app. English ships in the first bundle (it is the fallback of every
 * language); any other language is fetched as its own chunk only when chosen.
 */
import i18next from 'i18next';
import { signal } from '@preact/signals';
import en from '../../../locales/en/common.json';
import { assertLanguageRegistry, findUiLanguage, pickLanguage, type UiLanguageCode } from './languages.ts';
import { loadScriptFont } from './script-fonts.ts';

const STORAGE_KEY = 'guichet.language';
const localeLoaders = import.meta.glob<{ default: typeof en }>(['../../../locales/*/common.json', '!../../../locales/en/common.json']);
const codeOfPath = (path: string) => path.split('/').at(-2)!;
assertLanguageRegistry(['en', ...Object.keys(localeLoaders).map(codeOfPath)]);

/** The active UI language; components that read it re-render when it changes. */
export const currentLanguage = signal<UiLanguageCode>('en');

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode): the browser's language still applies
  }
}

async function loadLocale(code: string): Promise<void> {
  if (i18next.hasResourceBundle(code, 'common')) return;
  const loader = Object.entries(localeLoaders).find(([path]) => codeOfPath(path) === code)?.[1];
  if (loader) i18next.addResourceBundle(code, 'common', (await loader()).default);
}

function applyToDocument(code: UiLanguageCode): void {
  const language = findUiLanguage(code)!;
  document.documentElement.lang = code;
  document.documentElement.dir = language.dir;
}

export async function setLanguage(code: UiLanguageCode): Promise<void> {
  const language = findUiLanguage(code)!;
  // A missing string falls back along the chain, so the chain's strings must be here too.
  await Promise.all([loadLocale(code), ...language.fallback.map(loadLocale), language.font ? loadScriptFont(language.font) : null]);
  await i18next.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembered across visits, but the choice still applies now.
  }
  applyToDocument(code);
  currentLanguage.value = code;
}

export async function initI18n(): Promise<void> {
  const initial = pickLanguage([storedLanguage() ?? '', ...navigator.languages]);
  await i18next.init({
    lng: 'en',
    fallbackLng: (code) => [...new Set([...(findUiLanguage(code)?.fallback ?? []), 'en'])],
    defaultNS: 'common',
    resources: { en: { common: en } },
    interpolation: { escapeValue: false }, // Preact escapes text content itself
    returnNull: false,
    showSupportNotice: false,
  });
  try {
    await setLanguage(initial);
  } catch {
    // The language's strings could not be fetched (first visit on a failing network): English
    // is in the bundle, so the app still opens, and the picker can try again later.
    await setLanguage('en');
  }
}

export const t = i18next.t.bind(i18next);
