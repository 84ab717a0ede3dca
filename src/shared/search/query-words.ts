/** Splits what was typed into words, the same way the directory's texts were split. */
import { tokenize } from '../text/normalize.ts';
import { MAX_QUERY_WORDS } from './ranking-weights.ts';

export interface QueryWord {
  text: string;
  /**
   * False for the last word while it is being typed (no space after it yet): it is matched
   * as a prefix of longer words, and only corrected by fuzzy matching if no word starts so.
   */
  complete: boolean;
}

export function parseQuery(query: string): QueryWord[] {
  const allWords = tokenize(query);
  const words = allWords.slice(0, MAX_QUERY_WORDS);
  // A query ending in a letter, digit or diacritic is still being typed; a cut-off one is not.
  const lastIsComplete = !/[\p{L}\p{N}\p{M}]$/u.test(query) || allWords.length > MAX_QUERY_WORDS;
  return words.map((text, i) => ({ text, complete: i < words.length - 1 || lastIsComplete }));
}
