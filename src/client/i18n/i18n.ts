/**
 * i18next set up for the app. English ships in the first bundle (it is the fallback of every
 * language); any other language is fetched as its own chunk only when chosen.
 *
 * The strings of the pages few people open (the referral form and status pages, the staff
 * pages) are separate packs, `locales/<language>/<pack>.json`, fetched with those pages and
 * merged into the same namespace, so a newcomer browsing the directory never downloads them.
 */
import i18next from 'i18next';
import { signal } from '@preact/signals';
import en from '../../../locales/en/common.json';
import { assertLanguageRegistry, findUiLanguage, pickLanguage, type UiLanguageCode } from './languages.ts';
import { loadScriptFont } from './script-fonts.ts';

const STORAGE_KEY = 'guichet.language';
type Strings = Record<string, unknown>;
const localeLoaders = import.meta.glob<{ default: Strings }>(['../../../locales/*/common.json', '!../../../locales/en/common.json']);
const packLoaders = {
  referral: import.meta.glob<{ default: Strings }>('../../../locales/*/referral.json'),
  staff: import.meta.glob<{ default: Strings }>('../../../locales/*/staff.json'),
  dashboard: import.meta.glob<{ default: Strings }>('../../../locales/*/dashboard.json'),
  feedback: import.meta.glob<{ default: Strings }>('../../../locales/*/feedback.json'),
  listings: import.meta.glob<{ default: Strings }>('../../../locales/*/listings.json'),
  exchange: import.meta.glob<{ default: Strings }>('../../../locales/*/exchange.json'),
};
export type StringPack = keyof typeof packLoaders;

const codeOfPath = (path: string) => path.split('/').at(-2)!;
assertLanguageRegistry(['en', ...Object.keys(localeLoaders).map(codeOfPath)]);

/** The active UI language; components that read it re-render when it changes. */
export const currentLanguage = signal<UiLanguageCode>('en');

/** Packs a page has asked for: a change of language fetches them in the new language too. */
const packsInUse = new Set<StringPack>();
/** `<language>/<file>` already merged into i18next. */
const loadedFiles = new Set<string>(['en/common']);

async function loadFile(code: string, file: 'common' | StringPack): Promise<void> {
  const key = `${code}/${file}`;
  if (loadedFiles.has(key)) return;
  const loaders = file === 'common' ? localeLoaders : packLoaders[file];
  const loader = Object.entries(loaders).find(([path]) => codeOfPath(path) === code)?.[1];
  if (!loader) return;
  // Deep merge: a pack adds its blocks beside the ones already there.
  i18next.addResourceBundle(code, 'common', (await loader()).default, true, true);
  loadedFiles.add(key);
}

/** Every language a reader of `code` may see strings from: its own, its fallback chain, English. */
const languageChain = (code: UiLanguageCode) => [...new Set([code, ...findUiLanguage(code)!.fallback, 'en'])];

/** Fetches a pack's strings in the current language (and its fallbacks) before its pages show. */
export async function loadStringPack(pack: StringPack): Promise<void> {
  packsInUse.add(pack);
  await Promise.all(languageChain(currentLanguage.value).map((code) => loadFile(code, pack)));
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode): the browser's language still applies
  }
}

function applyToDocument(code: UiLanguageCode): void {
  const language = findUiLanguage(code)!;
  document.documentElement.lang = code;
  document.documentElement.dir = language.dir;
}

export async function setLanguage(code: UiLanguageCode): Promise<void> {
  const language = findUiLanguage(code)!;
  // A missing string falls back along the chain, so the chain's strings must be here too.
  const files = languageChain(code).flatMap((chainCode) => [loadFile(chainCode, 'common'), ...[...packsInUse].map((pack) => loadFile(chainCode, pack))]);
  await Promise.all([...files, language.font ? loadScriptFont(language.font) : null]);
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
