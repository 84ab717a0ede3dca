/**
 * Cross-language search quality: each query of `cross-language-queries.ts` searched over the
 * demo directory with the app's engine; a hit when one of the first five results carries the
 * expected term (or a narrower one).
 */
import { readFileSync } from 'node:fs';
import type { Directory } from '../../src/shared/schema/directory.ts';
import { buildSearchIndex, searchServices } from '../../src/shared/search/index.ts';
import { needTerms } from '../../src/shared/taxonomy/taxonomy.ts';
import { termSynonyms } from '../../src/shared/taxonomy/taxonomy-synonyms.ts';
import { normalizeText } from '../../src/shared/text/normalize.ts';
import type { UiLanguageCode } from '../../src/shared/languages.ts';
import { crossLanguageQueries, type CrossLanguageQuery } from './cross-language-queries.ts';
import { serviceTermIds } from './plain-fuse.ts';

const demoDirectory = new URL('../../data/demo/london-middlesex.json', import.meta.url);

export interface QueryOutcome extends CrossLanguageQuery {
  hit: boolean;
  /** The query is, once normalized, one of the taxonomy's own labels or synonyms in its language. */
  taxonomyWording: boolean;
  /** What the first five results are, by their first term, to read a miss. */
  topTerms: string[];
}

export interface CrossLanguageScore {
  outcomes: QueryOutcome[];
  elapsedMs: number;
  serviceCount: number;
}

/** Every label and synonym of every term in `lang`, normalized as search normalizes them. */
function taxonomyWordings(lang: UiLanguageCode): Set<string> {
  return new Set(needTerms.flatMap((term) => [term.labels[lang], ...termSynonyms(term.id, lang)]).map(normalizeText));
}

export function scoreCrossLanguage(queries: readonly CrossLanguageQuery[] = crossLanguageQueries): CrossLanguageScore {
  const started = performance.now();
  const directory = JSON.parse(readFileSync(demoDirectory, 'utf8')) as Directory;
  const index = buildSearchIndex(directory);
  const wordings = new Map<UiLanguageCode, Set<string>>();
  const wordingsOf = (lang: UiLanguageCode) => wordings.get(lang) ?? wordings.set(lang, taxonomyWordings(lang)).get(lang)!;
  const outcomes = queries.map((query): QueryOutcome => {
    const top = searchServices(index, query.query, { limit: 5 }).hits.map((hit) => directory.services[hit.serviceIndex]!);
    return {
      ...query,
      hit: top.some((service) => serviceTermIds(service).includes(query.term)),
      taxonomyWording: wordingsOf(query.lang).has(normalizeText(query.query)),
      topTerms: top.map((service) => service.attributes?.[0]?.taxonomy_term_id ?? '?'),
    };
  });
  return { outcomes, elapsedMs: performance.now() - started, serviceCount: directory.services.length };
}
