/**
 * Guichet's newcomer-needs taxonomy (`data/taxonomy.json`) as HSDS `taxonomy` and
 * `taxonomy_term` records. HSDS requires a description on both; a term has only labels, so its
 * English label describes it, and the labels in every language travel as `guichet_labels`.
 */
import { needTerms, taxonomy } from '../../shared/taxonomy/taxonomy.ts';
import type { HsdsRecord } from './hsds-records.ts';

export const taxonomyColumns = ['id', 'name', 'description', 'uri', 'version'] as const;
export const taxonomyTermColumns = ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri', 'guichet_labels'] as const;

export function hsdsTaxonomies(): HsdsRecord[] {
  return [{ id: taxonomy.id, name: taxonomy.name, description: taxonomy.description, version: taxonomy.version }];
}

export function hsdsTaxonomyTerms(): HsdsRecord[] {
  return needTerms.map((term) => {
    const record: HsdsRecord = { id: term.id };
    if (term.airs) record.code = term.airs;
    record.name = term.labels.en;
    record.description = term.labels.en;
    if (term.parent) record.parent_id = term.parent;
    Object.assign(record, { taxonomy: taxonomy.name, language: 'en', taxonomy_id: taxonomy.id, guichet_labels: term.labels });
    return record;
  });
}

/** Terms as attributes nest them: the HSDS fields only, the labels stay in the taxonomy_terms list. */
export const termsById = (): Map<string, HsdsRecord> =>
  new Map(hsdsTaxonomyTerms().map(({ guichet_labels: _labels, ...term }) => [term.id as string, term]));
