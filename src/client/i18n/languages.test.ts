import { describe, expect, it } from 'vitest';
import { assertLanguageRegistry, pickLanguage } from './languages.ts';

describe('UI language choice', () => {
  it('takes the first browser language the app ships', () => {
    expect(pickLanguage(['ar-EG', 'en'])).toBe('ar');
    expect(pickLanguage(['fr-CA'])).toBe('fr');
    expect(pickLanguage(['de-DE', 'fr', 'en'])).toBe('fr');
  });

  it('falls back to English when no browser language is shipped', () => {
    expect(pickLanguage(['de-DE', 'pt-BR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('fails at start-up when a registered language has no strings', () => {
    expect(() => assertLanguageRegistry(['en', 'fr'])).toThrow(/ar/);
    expect(() => assertLanguageRegistry(['en', 'fr', 'ar'])).not.toThrow();
  });
});
