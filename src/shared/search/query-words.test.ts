import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-words.ts';

describe('parseQuery', () => {
  it('treats the last word as still being typed until a space or punctuation follows it', () => {
    expect(parseQuery('cours de fr')).toEqual([
      { text: 'cours', complete: true },
      { text: 'de', complete: true },
      { text: 'fr', complete: false },
    ]);
    expect(parseQuery('employ ')).toEqual([{ text: 'employ', complete: true }]);
    expect(parseQuery('employ,')).toEqual([{ text: 'employ', complete: true }]);
  });

  it('keeps an Arabic word ending in a diacritic as still being typed', () => {
    expect(parseQuery('دَرْسُ')).toEqual([{ text: 'درس', complete: false }]);
  });

  it('ignores words past the tenth, and then nothing is still being typed', () => {
    const words = parseQuery('one two three four five six seven eight nine ten eleven');
    expect(words).toHaveLength(10);
    expect(words.every((word) => word.complete)).toBe(true);
  });
});
