/**
 * The words people type for each need, in every shipped language. Only search imports this
 * (it runs in the worker), so the first screen a phone downloads carries labels, not thesauri.
 */
import synonymsJson from '../../../data/taxonomy-synonyms.json';
import type { UiLanguageCode } from '../languages.ts';
import type { SynonymsFile } from './taxonomy-schema.ts';

// Checked against `synonymsFileSchema` by the tests, like the taxonomy itself.
export const taxonomySynonyms = synonymsJson as SynonymsFile;

export function termSynonyms(termId: string, language: UiLanguageCode): readonly string[] {
  return taxonomySynonyms.terms[termId]?.[language] ?? [];
}
