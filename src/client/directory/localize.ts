/**
 * Listings in the reader's language: the translation when there is one, the original
 * otherwise, and enough to tell the reader which they are looking at.
 */
import type { Translations } from '../../shared/schema/extensions.ts';

interface Translatable {
  guichet_translations?: Translations | undefined;
  guichet_source_language?: string | null | undefined;
}

export type TextOrigin = 'original' | 'translated' | 'machine' | 'untranslated';

export interface LocalizedText {
  text: string;
  origin: TextOrigin;
}

export function localizeField<R extends Translatable>(record: R, field: keyof R & string, language: string): LocalizedText {
  const original = record[field];
  const originalText = typeof original === 'string' ? original : '';
  if ((record.guichet_source_language ?? 'en') === language) return { text: originalText, origin: 'original' };
  const translated = record.guichet_translations?.[language]?.[field];
  if (translated) return { text: translated.text, origin: translated.machine ? 'machine' : 'translated' };
  return { text: originalText, origin: 'untranslated' };
}

/** How a service page should qualify its text: the least trustworthy origin among its fields wins. */
export function overallOrigin(origins: readonly TextOrigin[]): TextOrigin {
  for (const origin of ['untranslated', 'machine', 'translated'] as const) if (origins.includes(origin)) return origin;
  return 'original';
}
