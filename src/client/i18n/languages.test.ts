import { describe, expect, it } from 'vitest';
import { assertLanguageRegistry, pickLanguage } from './languages.ts';
import { languageCodes } from '../../shared/languages.ts';

describe('UI language choice', () => {
  it('takes the first browser language the app ships', () => {
    expect(pickLanguage(['ar-EG', 'en'])).toBe('ar');
    expect(pickLanguage(['fr-CA'])).toBe('fr');
    expect(pickLanguage(['de-DE', 'fa-IR', 'en'])).toBe('fa');
  });

  it('tells simplified from traditional Chinese by script or region', () => {
    expect(pickLanguage(['zh-CN'])).toBe('zh-Hans');
    expect(pickLanguage(['zh-TW'])).toBe('zh-Hant');
    expect(pickLanguage(['zh-Hant-HK'])).toBe('zh-Hant');
    expect(pickLanguage(['zh'])).toBe('zh-Hans');
  });

  it('falls back to English when no browser language is shipped', () => {
    expect(pickLanguage(['de-DE', 'ja-JP'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('fails at start-up when a registered language has no strings', () => {
    expect(() => assertLanguageRegistry(languageCodes.filter((code) => code !== 'ti'))).toThrow(/ti/);
    expect(() => assertLanguageRegistry([...languageCodes])).not.toThrow();
  });

  it('fails at start-up when strings ship for an unregistered language', () => {
    expect(() => assertLanguageRegistry([...languageCodes, 'xx'])).toThrow(/xx/);
  });
});
