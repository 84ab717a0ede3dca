/**
 * Listings in the reader's language: the translation when there is one, the original
 * otherwise, and enough to tell the reader which they are looking at.
 */
import type { Translations } from '../../shared/schema/extensions.ts';
import { findUiLanguage } from '../../shared/languages.ts';

interface Translatable {
  guichet_translations?: Translations | undefined;
  guichet_source_language?: string | null | undefined;
}

export type TextOrigin = 'original' | 'translated' | 'machine' | 'untranslated';

export interface LocalizedText {
  text: string;
  origin: TextOrigin;
  /** The language of `text` when it is neither the reader's nor the source's. */
  language?: string;
}

/**
 * The field in the reader's language, else in the next language of its fallback chain (a Dari
 * reader gets Persian before English), else as the provider wrote it.
 */
export function localizeField<R extends Translatable>(record: R, field: keyof R & string, language: string): LocalizedText {
  const original = record[field];
  const originalText = typeof original === 'string' ? original : '';
  const source = record.guichet_source_language ?? 'en';
  for (const candidate of [language, ...(findUiLanguage(language)?.fallback ?? [])]) {
    if (candidate === source) return { text: originalText, origin: candidate === language ? 'original' : 'untranslated' };
    const translated = record.guichet_translations?.[candidate]?.[field];
    if (translated && candidate === language) return { text: translated.text, origin: translated.machine ? 'machine' : 'translated' };
    // A neighbour language's text is flagged like a machine's: the reader should check it.
    if (translated) return { text: translated.text, origin: 'machine', language: candidate };
  }
  return { text: originalText, origin: 'untranslated' };
}

/** How a service page should qualify its text: the least trustworthy origin among its fields wins. */
export function overallOrigin(origins: readonly TextOrigin[]): TextOrigin {
  for (const origin of ['untranslated', 'machine', 'translated'] as const) if (origins.includes(origin)) return origin;
  return 'original';
}
