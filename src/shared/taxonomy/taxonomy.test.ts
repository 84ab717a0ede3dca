import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { needTerms, taxonomy, taxonomyLanguages, termWithAncestors } from './taxonomy.ts';
import { synonymsFileSchema, taxonomyFileSchema } from './taxonomy-schema.ts';
import { taxonomySynonyms, termSynonyms } from './taxonomy-synonyms.ts';

describe('newcomer needs taxonomy', () => {
  it('is a well-formed taxonomy file', () => {
    expect(taxonomyFileSchema.safeParse(taxonomy).error).toBeUndefined();
    expect(synonymsFileSchema.safeParse(taxonomySynonyms).error).toBeUndefined();
  });

  it('maps every term to Open Eligibility terms that exist under that name', () => {
    const xml = readFileSync(new URL('../../../../shared/data/taxonomy/open-eligibility.xml', import.meta.url), 'utf8');
    const decode = (text: string) => text.replace(/&amp;/g, '&');
    // Open Eligibility reuses a few ids (1206 is both "Medical Care" and "Primary Care"): keep every title.
    const titles = new Map<string, string[]>();
    for (const [, id, title] of xml.matchAll(/id=['"](\d+)['"] title="([^"]*)"/g)) titles.set(id!, [...(titles.get(id!) ?? []), decode(title!)]);
    for (const term of needTerms) {
      for (const mapping of term.open_eligibility) expect(titles.get(mapping.id), `${term.id} → ${mapping.id}`).toContain(mapping.name);
    }
  });

  it('covers the needs newcomers name most', () => {
    const ids = needTerms.map((term) => term.id);
    for (const need of ['settlement', 'language-assessment', 'language-classes', 'job-language-training', 'employment',
      'credential-recognition', 'housing', 'health', 'mental-health', 'childcare', 'education', 'legal', 'citizenship',
      'interpretation', 'transit', 'food', 'income-benefits', 'community-recreation', 'faith', 'civic-participation', 'volunteering']) {
      expect(ids).toContain(need);
    }
  });

  it('labels and gives synonyms for every term in every shipped language', () => {
    for (const term of needTerms) {
      for (const language of taxonomyLanguages) {
        expect(term.labels[language].trim(), `${term.id} label in ${language}`).not.toBe('');
        expect(termSynonyms(term.id, language).length, `${term.id} synonyms in ${language}`).toBeGreaterThan(0);
      }
    }
  });

  it('has parents that exist, so a child term is found under its parent', () => {
    expect(termWithAncestors('language-classes-clb-1-4')).toEqual(['language-classes-clb-1-4', 'language-classes']);
    for (const term of needTerms) {
      if (term.parent) expect(needTerms.some((other) => other.id === term.parent), term.id).toBe(true);
    }
  });
});
