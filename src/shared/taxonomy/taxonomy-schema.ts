/** The shape of `data/taxonomy.json`, checked by the tests and the importers (not shipped to phones). */
import { z } from 'zod';
import { languageCodes, type UiLanguageCode } from '../languages.ts';

/** One value for every shipped language: a language without its taxonomy words cannot search. */
const perLanguage = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(languageCodes.map((code) => [code, value])) as Record<UiLanguageCode, T>);

export const needTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  icon: z.string(),
  parent: z.string().nullable(),
  open_eligibility: z
    .array(z.object({ id: z.string(), name: z.string(), match: z.enum(['exact', 'broader', 'related']) }))
    .min(1, 'every term maps to Open Eligibility'),
  airs: z.string().nullable(),
  labels: perLanguage(z.string().min(1)),
});

export const taxonomyFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  description: z.string(),
  terms: z.array(needTermSchema),
});

/** `data/taxonomy-synonyms.json`: per term, per language, the words people type. */
export const synonymsFileSchema = z.object({
  description: z.string(),
  terms: z.record(z.string(), perLanguage(z.array(z.string().min(1)).min(1, 'every language needs words for every term'))),
});

export type NeedTerm = z.infer<typeof needTermSchema>;
export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
