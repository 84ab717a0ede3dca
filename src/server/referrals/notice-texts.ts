/**
 * The words of the e-mails a newcomer receives, in every language the app ships (the texts
 * themselves are in `notice-texts/`, one file per group of languages). They name the reference
 * code and a state, nothing else: the person gave this address, but a mailbox can be shared or
 * read over a shoulder.
 */
import { findUiLanguage, uiLanguages, type UiLanguage, type UiLanguageCode } from '../../shared/languages.ts';
import { arabic, dari, pashto, persian, urdu } from './notice-texts/arabic-script.ts';
import { korean, simplifiedChinese, traditionalChinese } from './notice-texts/chinese-korean.ts';
import { russian, ukrainian } from './notice-texts/cyrillic-script.ts';
import { english, french } from './notice-texts/english-french.ts';
import { amharic, tigrinya } from './notice-texts/ethiopic-script.ts';
import { hindi, punjabi, tamil } from './notice-texts/indic-scripts.ts';
import { portuguese, somali, spanish, tagalog, vietnamese } from './notice-texts/latin-script.ts';
import type { NoticeChange, NoticeTexts } from './notice-texts/notice-shape.ts';

export type { NoticeChange, NoticeTexts };

/**
 * By registry code. Partial so that a language added to the registry before its notices are
 * written still gets mail (through its fallbacks); the tests fail until it has its own.
 */
export const noticeTexts: Partial<Record<UiLanguageCode, NoticeTexts>> = {
  en: english,
  fr: french,
  ar: arabic,
  'zh-Hans': simplifiedChinese,
  'zh-Hant': traditionalChinese,
  pa: punjabi,
  es: spanish,
  tl: tagalog,
  uk: ukrainian,
  fa: persian,
  prs: dari,
  ur: urdu,
  ps: pashto,
  hi: hindi,
  ta: tamil,
  ko: korean,
  vi: vietnamese,
  pt: portuguese,
  ru: russian,
  so: somali,
  ti: tigrinya,
  am: amharic,
};

const written = (code: string): boolean => Object.hasOwn(noticeTexts, code);

/**
 * The registry language a stored tag names, much as the interface picks one: the exact code in any
 * case (`zh-hant`), Chinese by its script, else its region (`zh-TW` reads traditional
 * characters), Persian of Afghanistan as Dari (`fa-AF`, the older tag for `prs`), otherwise the
 * base language (`fr-CA` is French).
 */
function registryLanguage(tag: string): UiLanguage | undefined {
  const wanted = tag.trim().toLowerCase();
  const exact = uiLanguages.find((language) => language.code.toLowerCase() === wanted);
  if (exact) return exact;
  const [base = '', ...subtags] = wanted.split(/[-_]/);
  if (base === 'zh') {
    const script = subtags.find((subtag) => subtag === 'hans' || subtag === 'hant');
    const traditional = script ? script === 'hant' : subtags.some((subtag) => ['tw', 'hk', 'mo'].includes(subtag));
    return findUiLanguage(traditional ? 'zh-Hant' : 'zh-Hans');
  }
  if (base === 'fa' && subtags.includes('af')) return findUiLanguage('prs');
  return findUiLanguage(base);
}

/**
 * Whose texts a stored tag gets: its registry language's, else the first of that language's
 * fallbacks that has them (`prs` → `fa`), else English. `has` is for tests.
 */
export function noticeLanguage(tag: string, has: (code: string) => boolean = written): string {
  const language = registryLanguage(tag);
  const chain = language ? [language.code, ...language.fallback] : [];
  return chain.find(has) ?? 'en';
}

export function statusNoticeText(language: string, referenceCode: string, change: NoticeChange): { subject: string; text: string } {
  const texts = noticeTexts[noticeLanguage(language) as UiLanguageCode] ?? english;
  return { subject: texts.subject(referenceCode), text: `${texts.whatHappened(referenceCode, texts.changes[change])}\n\n${texts.whereToLook}\n` };
}
