import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './normalize.ts';

describe('text normalization', () => {
  it('ignores case and accents', () => {
    expect(normalizeText('FRANÇAIS Évaluation')).toBe(normalizeText('francais evaluation'));
  });

  it('spells out ligatures', () => {
    expect(normalizeText('cœur Æsop straße')).toBe('coeur aesop strasse');
  });

  it('drops elided articles so "d’emploi" searches as "emploi"', () => {
    expect(tokenize("cours d'anglais")).toEqual(['cours', 'anglais']);
    expect(tokenize('recherche d’emploi')).toEqual(['recherche', 'emploi']);
  });

  it('reads Arabic the same with or without diacritics and letter variants', () => {
    expect(normalizeText('دُرُوسُ اللُّغَةِ')).toBe(normalizeText('دروس اللغه'));
    expect(normalizeText('إنجليزية')).toBe(normalizeText('انجليزيه'));
    expect(normalizeText('مستشفى')).toBe(normalizeText('مستشفي'));
    expect(normalizeText('تـــعـــلم')).toBe(normalizeText('تعلم'));
  });

  it('unifies Persian and Urdu letter forms with Arabic ones', () => {
    expect(normalizeText('کمک یاری')).toBe(normalizeText('كمك ياري'));
  });

  it('reads Arabic-Indic digits as digits', () => {
    expect(normalizeText('المستوى ٤ و ۵')).toBe(normalizeText('المستوى 4 و 5'));
  });

  it('keeps the vowel signs of Indic scripts, which tell words apart', () => {
    expect(normalizeText('கோவில்')).not.toBe(normalizeText('காவல்'));
    expect(tokenize('ਨਾਗਰਿਕਤਾ ਟੈਸਟ')).toEqual(['ਨਾਗਰਿਕਤਾ', 'ਟੈਸਟ']);
  });

  it('splits Chinese into overlapping character pairs', () => {
    expect(tokenize('免费英语课')).toEqual(['免费', '费英', '英语', '语课']);
    expect(tokenize('英语')).toEqual(['英语']);
    expect(tokenize('课')).toEqual(['课']);
    expect(tokenize('LINC英语课')).toEqual(['linc', '英语', '语课']);
  });

  it('splits on punctuation and keeps numbers', () => {
    expect(tokenize('CLB 1–4, evening!')).toEqual(['clb', '1', '4', 'evening']);
  });
});
