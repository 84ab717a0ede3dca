/**
 * The data the test server serves (the demo region) and the taxonomy, read straight from the
 * files, so tests pick their examples from the data instead of hard-coding ids and labels.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from './strings.ts';

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
}
interface TaxonomyTerm {
  id: string;
  parent: string | null;
  labels: Record<Lang, string>;
}

export const demoServices: readonly DemoService[] = readJson<{ services: DemoService[] }>('data/demo/london-middlesex.json').services;
const terms = readJson<{ terms: TaxonomyTerm[] }>('data/taxonomy.json').terms;

/** The term and every term under it ("language-classes" and its CLB levels). */
export function termFamily(id: string): string[] {
  const children = terms.filter((term) => term.parent === id).flatMap((term) => termFamily(term.id));
  return [id, ...children];
}

export function termLabel(id: string, lang: Lang): string {
  const term = terms.find((candidate) => candidate.id === id);
  if (!term) throw new Error(`No taxonomy term ${id}`);
  return term.labels[lang];
}

/** A service whose name and description are in `lang` as `kind` says: by a person, by a machine, or not at all. */
export function serviceTranslatedAs(lang: Lang, kind: 'human' | 'machine' | 'none'): DemoService {
  const found = demoServices.find((service) => {
    if ((service.guichet_source_language ?? 'en') === lang) return false;
    const fields = ['name', 'description'].map((field) => service.guichet_translations?.[lang]?.[field]);
    if (kind === 'none') return fields.every((field) => !field);
    return fields.every((field) => field && field.machine === (kind === 'machine'));
  });
  if (!found) throw new Error(`The demo data has no service translated into ${lang} as ${kind}`);
  return found;
}

export function translatedName(service: DemoService, lang: Lang): string {
  return service.guichet_translations?.[lang]?.name?.text ?? service.name;
}
