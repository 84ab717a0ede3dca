/**
 * Text normalization applied to both the directory and the query, so that what a newcomer
 * types matches however the listing was written: case, accents, ligatures, apostrophes and
 * the Arabic (and Persian/Urdu) letter variants and diacritics that keyboards produce
 * differently.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl', ĳ: 'ij' };

const ARABIC_VARIANTS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', // alef with hamza / madda / wasla
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', // alef maqsura, Persian yeh, yeh with hamza
  'ة': 'ه', // teh marbuta reads as heh at a word's end
  'ؤ': 'و',
  'ک': 'ك', // Persian kaf
  'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
};

// Arabic harakat, tanween, shadda, sukun, superscript alef, and tatweel (kashida).
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Combining marks left after NFD (Latin accents and the like).
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ‘`´]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function replaceMapped(text: string, map: Record<string, string>): string {
  let out = '';
  for (const ch of text) out += map[ch] ?? ch;
  return out;
}

/** Lowercase, strip accents and diacritics, unify letter variants; keeps word boundaries. */
export function normalizeText(input: string): string {
  let text = input.toLocaleLowerCase('en');
  text = replaceMapped(text, LIGATURES);
  text = text.replace(ARABIC_MARKS, '');
  text = replaceMapped(text, ARABIC_VARIANTS);
  // Both Arabic-Indic digit blocks start at a code point ending in 0, so the low nibble is the digit.
  text = text.replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
  // NFD splits "é" into "e" + combining accent, which is then dropped. Arabic letters were
  // unified above, so NFD cannot split hamza carriers differently on each side.
  text = text.normalize('NFD').replace(COMBINING_MARKS, '');
  // "l'anglais" and "d'emploi" search as "anglais" and "emploi": the elided article goes.
  text = text.replace(APOSTROPHES, ' ');
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Words of a normalized text. One-letter leftovers of elision ("l", "d") are dropped. */
export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  if (!normalized) return [];
  return normalized.split(' ').filter((word) => word.length > 1 || /\p{N}/u.test(word));
}
