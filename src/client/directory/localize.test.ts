import { describe, expect, it } from 'vitest';
import { localizeField, overallOrigin } from './localize.ts';

const createRecord = () => ({
  name: 'English classes',
  guichet_source_language: 'en',
  guichet_translations: {
    fr: { name: { text: 'Cours d’anglais', machine: false } },
    ar: { name: { text: 'دروس اللغة الإنجليزية', machine: true } },
  },
});

describe('listings in the reader’s language', () => {
  it('shows the provider’s text in the source language', () => {
    expect(localizeField(createRecord(), 'name', 'en')).toEqual({ text: 'English classes', origin: 'original' });
  });

  it('shows a human translation as translated', () => {
    expect(localizeField(createRecord(), 'name', 'fr')).toEqual({ text: 'Cours d’anglais', origin: 'translated' });
  });

  it('flags a machine translation', () => {
    expect(localizeField(createRecord(), 'name', 'ar').origin).toBe('machine');
  });

  it('falls back to the original when there is no translation', () => {
    expect(localizeField({ ...createRecord(), guichet_translations: {} }, 'name', 'ar')).toEqual({ text: 'English classes', origin: 'untranslated' });
  });

  it('follows the reader’s fallback chain before the original', () => {
    const persianOnly = { ...createRecord(), guichet_translations: { fa: { name: { text: 'کلاس زبان انگلیسی', machine: false } } } };
    expect(localizeField(persianOnly, 'name', 'prs')).toEqual({ text: 'کلاس زبان انگلیسی', origin: 'machine', language: 'fa' });
  });

  it('qualifies a page by its least reliable field', () => {
    expect(overallOrigin(['translated', 'machine'])).toBe('machine');
    expect(overallOrigin(['original', 'untranslated', 'machine'])).toBe('untranslated');
    expect(overallOrigin(['original'])).toBe('original');
  });
});
