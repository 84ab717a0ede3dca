import { describe, expect, it } from 'vitest';
import { readingEase } from '../../shared/text/readability.ts';
import { readLocale } from '../../../tests/helpers/locale-files.ts';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));
const load = (code: string): string[] => strings(readLocale(code));

// Plain-language guides (Canada.ca, Ontario) aim at a Flesch score of 60 or more: grade 8 and below.
const PLAIN = 60;
const LONGEST_SENTENCE_WORDS = 20;

describe('plain language in the source strings', () => {
  for (const language of ['en', 'fr'] as const) {
    it(`${language} reads as plain language overall`, () => {
      expect(readingEase(load(language), language).score).toBeGreaterThanOrEqual(PLAIN);
    });

    it(`${language} has no sentence longer than ${LONGEST_SENTENCE_WORDS} words`, () => {
      const long = load(language)
        .flatMap((text) => text.split(/[.!?]+/))
        .filter((sentence) => sentence.trim().split(/\s+/).length > LONGEST_SENTENCE_WORDS);
      expect(long).toEqual([]);
    });
  }
});
