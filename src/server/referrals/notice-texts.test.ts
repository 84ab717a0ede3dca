import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../shared/languages.ts';
import { noticeLanguage, noticeTexts, statusNoticeText, type NoticeChange } from './notice-texts.ts';

const code = 'K7QM-4XTB';
const changes: readonly NoticeChange[] = ['requested', 'accepted', 'rejected', 'in-progress', 'on-hold', 'completed', 'failed', 'cancelled', 'forwarded'];

/** The script each shipped language's notices must be written in: catches a text filed under the wrong code. */
const scripts: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u, fa: /\p{Script=Arabic}/u, prs: /\p{Script=Arabic}/u, ps: /\p{Script=Arabic}/u, ur: /\p{Script=Arabic}/u,
  'zh-Hans': /\p{Script=Han}/u, 'zh-Hant': /\p{Script=Han}/u, ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u, uk: /\p{Script=Cyrillic}/u,
  hi: /\p{Script=Devanagari}/u, pa: /\p{Script=Gurmukhi}/u, ta: /\p{Script=Tamil}/u,
  am: /\p{Script=Ethiopic}/u, ti: /\p{Script=Ethiopic}/u,
};

describe('the e-mails a newcomer receives', () => {
  it.each(languageCodes)('are written in full in %s, the code in the subject and the text', (language) => {
    const texts = noticeTexts[language];
    expect(texts, `no notice texts for ${language}`).toBeDefined();
    expect(noticeLanguage(language)).toBe(language);
    expect(Object.keys(texts!.changes).sort()).toEqual([...changes].sort());
    expect(texts!.whereToLook.trim()).not.toBe('');
    for (const change of changes) {
      expect(texts!.changes[change].trim(), `${language} ${change}`).not.toBe('');
      const { subject, text } = statusNoticeText(language, code, change);
      expect(subject.trim()).not.toBe('');
      expect(subject).toContain(code);
      expect(text).toContain(code);
      expect(text).toContain(texts!.changes[change]);
      expect(text).toContain(texts!.whereToLook);
      // The code and the state, nothing else: no link (the status token is never stored), no address.
      expect(`${subject}\n${text}`).not.toMatch(/https?:|www\.|@/);
      if (scripts[language]) expect(`${subject} ${text}`).toMatch(scripts[language]);
    }
  });

  it('has a different text for each language, so none is a copy of another', () => {
    const subjects = languageCodes.map((language) => statusNoticeText(language, code, 'accepted').subject);
    expect(new Set(subjects).size).toBe(languageCodes.length);
  });

  it('falls back to English for a language the app does not ship', () => {
    const inEnglish = statusNoticeText('en', code, 'forwarded');
    expect(inEnglish.text).toMatch(/^Your request K7QM-4XTB has been passed on to another service/);
    for (const tag of ['de', 'de-CH', 'xx', 'zz-Hant', '']) expect(statusNoticeText(tag, code, 'forwarded')).toEqual(inEnglish);
  });

  it('reads a regional tag as its language: fr-CA is French', () => {
    expect(statusNoticeText('fr-CA', code, 'accepted')).toEqual({
      subject: 'Du nouveau pour votre demande K7QM-4XTB',
      text: expect.stringMatching(/^Votre demande K7QM-4XTB a été acceptée\./),
    });
    expect(noticeLanguage('es-MX')).toBe('es');
    expect(noticeLanguage('pt-BR')).toBe('pt');
  });

  it('gives zh-Hant traditional characters, not simplified ones or English', () => {
    const traditional = statusNoticeText('zh-Hant', code, 'accepted');
    expect(traditional.subject).toBe('您的請求 K7QM-4XTB 有新訊息');
    expect(`${traditional.subject}${traditional.text}`).not.toMatch(/[请务机构联项转这时开链资删个]/);
    expect(statusNoticeText('zh-Hans', code, 'accepted').subject).toBe('您的请求 K7QM-4XTB 有新消息');
    for (const tag of ['zh-hant', 'ZH-HANT', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-HK']) expect(noticeLanguage(tag), tag).toBe('zh-Hant');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-hans', 'zh-Hans-HK']) expect(noticeLanguage(tag), tag).toBe('zh-Hans');
  });

  it('gives prs Dari wording, not Persian', () => {
    const dari = statusNoticeText('prs', code, 'accepted');
    const persian = statusNoticeText('fa', code, 'accepted');
    expect(dari.subject).toContain('کود پیگیری');
    expect(dari.text).toContain('لینک');
    expect(persian.subject).toContain('کد پیگیری');
    expect(persian.text).toContain('پیوند');
    expect(noticeLanguage('fa-AF')).toBe('prs');
    expect(noticeLanguage('fa-IR')).toBe('fa');
  });

  it("follows the registry's fallback chain for a language whose notices are not written yet", () => {
    const only = (...codes: string[]) => (language: string) => codes.includes(language);
    expect(noticeLanguage('prs', only('fa', 'en'))).toBe('fa');
    expect(noticeLanguage('ps', only('prs', 'fa', 'en'))).toBe('prs');
    expect(noticeLanguage('ps', only('fa', 'en'))).toBe('fa');
    expect(noticeLanguage('zh-Hant', only('zh-Hans', 'en'))).toBe('zh-Hans');
    expect(noticeLanguage('ru-RU', only('uk', 'en'))).toBe('uk');
    expect(noticeLanguage('ti', only('am', 'en'))).toBe('am');
    expect(noticeLanguage('ti', only('en'))).toBe('en');
    expect(noticeLanguage('ti', only())).toBe('en');
  });

  it('say where to look without a link, since the status token is never stored', () => {
    const { text } = statusNoticeText('en', code, 'rejected');
    expect(text).toContain('private status link you received');
    expect(text).not.toMatch(/https?:/);
  });
});
