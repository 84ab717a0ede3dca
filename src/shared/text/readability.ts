/**
 * Reading ease of interface text, so the English and French sources stay plain for readers
 * with limited literacy. Flesch reading ease for English and its French adaptation by Kandel
 * and Moles; syllables are estimated from vowel groups, which is what these formulas assume.
 */

export interface ReadingEase {
  words: number;
  sentences: number;
  syllables: number;
  /** 0–100, higher is easier; 60–70 reads as plain language. */
  score: number;
}

const VOWEL_GROUPS: Record<'en' | 'fr', RegExp> = {
  en: /[aeiouy]+/g,
  fr: /[aeiouyàâäéèêëîïôöùûüœæ]+/g,
};

export function countSyllables(word: string, language: 'en' | 'fr'): number {
  let lower = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöùûüœæç]/g, '');
  // A final mute "e" is not a syllable in either language ("home", "école"); English "-le"
  // after a consonant is one ("table").
  const syllabicLe = language === 'en' && /[^aeiouy]le$/.test(lower);
  if (lower.length > 2 && lower.endsWith('e') && !syllabicLe) lower = lower.slice(0, -1);
  if (language === 'fr' && lower.endsWith('es') && lower.length > 3) lower = lower.slice(0, -2);
  return Math.max(1, lower.match(VOWEL_GROUPS[language])?.length ?? 0);
}

export function readingEase(texts: readonly string[], language: 'en' | 'fr'): ReadingEase {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const text of texts) {
    // Interpolations ({{count}}) stand for a number or a name: one short word.
    const plain = text.replace(/\{\{[^}]+\}\}/g, 'x');
    const sentenceParts = plain.split(/[.!?:;…]+/).filter((part) => /\p{L}/u.test(part));
    sentences += Math.max(1, sentenceParts.length);
    for (const word of plain.match(/\p{L}+(['’]\p{L}+)?/gu) ?? []) {
      words += 1;
      syllables += countSyllables(word, language);
    }
  }
  const wordsPerSentence = words / Math.max(1, sentences);
  const syllablesPerWord = syllables / Math.max(1, words);
  const score =
    language === 'en'
      ? 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
      : 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
  return { words, sentences, syllables, score };
}
