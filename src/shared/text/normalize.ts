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
// Accents left after NFD on Latin, Greek and Cyrillic letters. Not every mark: in Tamil,
// Hindi or Punjabi the vowel signs are marks too, and without them கோவில் (temple) and காவல்
// (police) would read the same.
const ACCENTS = /[\u0300-\u036f]/g;
const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
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
  text = text.normalize('NFD').replace(ACCENTS, '');
  // "l'anglais" and "d'emploi" search as "anglais" and "emploi": the elided article goes.
  text = text.replace(APOSTROPHES, ' ');
  return text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

/**
 * Chinese is written without spaces: a run of characters is split into overlapping pairs
 * (英语课 → 英语, 语课), the usual way to index it without a dictionary, so 英语 finds 英语课
 * and 免费英语课 finds both.
 */
function splitHan(word: string): string[] {
  if (!HAN.test(word)) return [word];
  return (word.match(HAN_RUNS) ?? []).flatMap((run) => {
    if (!HAN.test(run)) return [run];
    const chars = [...run];
    if (chars.length === 1) return chars;
    return chars.slice(1).map((char, i) => chars[i]! + char);
  });
}

/** Words of a normalized text. One-letter leftovers of elision ("l", "d") are dropped. */
export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  if (!normalized) return [];
  return normalized
    .split(' ')
    .flatMap(splitHan)
    .filter((word) => word.length > 1 || /[\p{N}\p{Script=Han}]/u.test(word));
}
