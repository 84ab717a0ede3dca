/**
 * Guichet's taxonomy of newcomer needs (`data/taxonomy.json`) and the look-ups the app and
 * the importers share.
 */
import taxonomyJson from '../../../data/taxonomy.json';
import type { TaxonomyTerm } from '../schema/directory.ts';
import type { NeedTerm, TaxonomyFile } from './taxonomy-schema.ts';
import { findUiLanguage, languageCodes, type UiLanguageCode } from '../languages.ts';

export type { NeedTerm };

/** Languages every term has a label and synonyms in: every shipped language. */
export const taxonomyLanguages = languageCodes;

// Checked against `taxonomyFileSchema` by the tests, so the app needs no validator at run time.
export const taxonomy = taxonomyJson as TaxonomyFile;
export const needTerms: readonly NeedTerm[] = taxonomy.terms;

const termsById = new Map(needTerms.map((term) => [term.id, term]));

export function findTerm(id: string): NeedTerm | undefined {
  return termsById.get(id);
}

/** The term and its ancestors, nearest first: a "CLB 1–4" class is also a language class. */
export function termWithAncestors(id: string): string[] {
  const chain: string[] = [];
  for (let term = termsById.get(id); term; term = term.parent ? termsById.get(term.parent) : undefined) {
    chain.push(term.id);
  }
  return chain;
}

export const topLevelTerms: readonly NeedTerm[] = needTerms.filter((term) => term.parent === null);

export function termLabel(term: NeedTerm, language: string): string {
  return findUiLanguage(language) ? term.labels[language as UiLanguageCode] : term.labels.en;
}

/** The taxonomy as HSDS `taxonomy_term` rows, for exports and the HSDS API. */
export function toHsdsTaxonomyTerms(): TaxonomyTerm[] {
  return needTerms.map((term) => ({
    id: term.id,
    code: term.airs,
    name: term.labels.en,
    description: null,
    parent_id: term.parent,
    taxonomy: taxonomy.name,
    language: 'en',
    taxonomy_id: taxonomy.id,
    term_uri: null,
  }));
}
