/**
 * The data the test server serves (the demo region) and the taxonomy, read straight from the
 * files, so tests pick their examples from the data instead of hard-coding ids and labels.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnyLang } from './strings.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8')) as T;

interface Translation {
  text: string;
  machine: boolean;
}
export interface DemoService {
  id: string;
  name: string;
  description: string;
  guichet_source_language?: string | null;
  guichet_translations?: Record<string, Record<string, Translation | undefined> | undefined>;
  attributes?: Array<{ taxonomy_term_id: string }>;
  phones?: Array<{ number: string }>;
}
interface TaxonomyTerm {
  id: string;
  parent: string | null;
  labels: Record<AnyLang, string>;
}

export const demoServices: readonly DemoService[] = readJson<{ services: DemoService[] }>('data/demo/london-middlesex.json').services;
const terms = readJson<{ terms: TaxonomyTerm[] }>('data/taxonomy.json').terms;
const synonymsByTerm = readJson<{ terms: Record<string, Record<AnyLang, string[]>> }>('data/taxonomy-synonyms.json').terms;

/** The term and every term under it ("language-classes" and its CLB levels). */
export function termFamily(id: string): string[] {
  const children = terms.filter((term) => term.parent === id).flatMap((term) => termFamily(term.id));
  return [id, ...children];
}

function findTerm(id: string): TaxonomyTerm {
  const term = terms.find((candidate) => candidate.id === id);
  if (!term) throw new Error(`No taxonomy term ${id}`);
  return term;
}

export function termLabel(id: string, lang: AnyLang): string {
  const label = findTerm(id).labels[lang];
  if (!label) throw new Error(`Taxonomy term ${id} has no label in ${lang}`);
  return label;
}

/** The words data/taxonomy-synonyms.json gives a term in `lang` besides its label ("ESL", "LINC"). */
export function termSynonyms(id: string, lang: AnyLang): string[] {
  const synonyms = synonymsByTerm[findTerm(id).id]?.[lang];
  if (!synonyms?.length) throw new Error(`Taxonomy term ${id} has no synonyms in ${lang}`);
  return synonyms;
}

/** Listings in English only (no `guichet_translations` at all) that carry the term or one under it. */
export function englishOnlyServicesIn(termId: string): DemoService[] {
  const family = termFamily(termId);
  return demoServices.filter(
    (service) =>
      Object.keys(service.guichet_translations ?? {}).length === 0 &&
      (service.attributes ?? []).some((attribute) => family.includes(attribute.taxonomy_term_id)),
  );
}

/** A service whose name and description are in `lang` as `kind` says: by a person, by a machine, or not at all. */
export function serviceTranslatedAs(lang: AnyLang, kind: 'human' | 'machine' | 'none'): DemoService {
  const found = demoServices.find((service) => {
    if ((service.guichet_source_language ?? 'en') === lang) return false;
    const fields = ['name', 'description'].map((field) => service.guichet_translations?.[lang]?.[field]);
    if (kind === 'none') return fields.every((field) => !field);
    return fields.every((field) => field && field.machine === (kind === 'machine'));
  });
  if (!found) throw new Error(`The demo data has no service translated into ${lang} as ${kind}`);
  return found;
}

export function translatedName(service: DemoService, lang: AnyLang): string {
  return service.guichet_translations?.[lang]?.name?.text ?? service.name;
}
