/**
 * Misspelled queries a newcomer might type, each with the taxonomy term a right answer
 * carries. A query hits when one of its first five results carries that term (or a narrower
 * one). Typed as they come, without a trailing space: the last word is still being typed.
 */
import type { Directory } from '../../src/shared/schema/directory.ts';
import { serviceTermIds } from './plain-fuse.ts';

export interface TypoQuery {
  query: string;
  term: string;
}

export const typoQueries: readonly TypoQuery[] = [
  { query: 'emplyment', term: 'employment' },
  { query: 'job serch', term: 'employment' },
  { query: 'resme help', term: 'employment' },
  { query: 'emploie', term: 'employment' },
  { query: 'anglias', term: 'language-classes' },
  { query: 'languge classes', term: 'language-classes' },
  { query: 'englsh classes', term: 'language-classes' },
  { query: 'hosuing', term: 'housing' },
  { query: 'logment', term: 'housing' },
  { query: 'helth clinic', term: 'health' },
  { query: 'mentl health', term: 'mental-health' },
  { query: 'counsling', term: 'mental-health' },
  { query: 'chilcare', term: 'childcare' },
  { query: 'lawer', term: 'legal' },
  { query: 'citizenshp test', term: 'citizenship' },
  { query: 'interpeter', term: 'interpretation' },
  { query: 'tranlsation', term: 'interpretation' },
  { query: 'refugge', term: 'refugee-support' },
  { query: 'volunter', term: 'volunteering' },
  { query: 'food bnak', term: 'food' },
  { query: 'transportaion', term: 'transit' },
  { query: 'credentails', term: 'credential-recognition' },
  { query: 'tax clinik', term: 'income-benefits' },
  { query: 'santé mentalle', term: 'mental-health' },
  { query: 'مترجن', term: 'interpretation' },
  { query: 'طبيب اسنام', term: 'health' },
  { query: 'مساعدة السكم', term: 'housing' },
];

export interface TypoScore {
  /** Share of the queries whose top five carry the expected term. */
  hitRate: number;
  missed: string[];
}

/** Scores a search given as `topFive`: the positions of its first five results for a query. */
export function scoreTypos(directory: Directory, topFive: (query: string) => number[]): TypoScore {
  const missed = typoQueries
    .filter(({ query, term }) => !topFive(query).some((i) => serviceTermIds(directory.services[i]!).includes(term)))
    .map(({ query }) => query);
  return { hitRate: 1 - missed.length / typoQueries.length, missed };
}
