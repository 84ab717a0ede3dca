import { describe, expect, it } from 'vitest';
import { buildSearchIndex, suggestCorrections } from './index.ts';
import { createDirectory, createService } from './test-directory.ts';

function index() {
  return buildSearchIndex(
    createDirectory([
      createService({ name: 'Employment services', description: 'Resume help for newcomers.' }),
      createService({ name: 'Service de garde', description: 'Garderie pour enfants.' }),
      createService({ name: 'Housing help' }),
    ]),
  );
}

describe('suggestCorrections', () => {
  it('offers the closest directory words for misspelled query words', () => {
    const suggestions = suggestCorrections(index(), 'emplyment servise');
    expect(suggestions[0]).toBe('employment');
    expect(suggestions).toContain('service');
  });

  it('offers nothing for words the directory has, or words nothing resembles', () => {
    expect(suggestCorrections(index(), 'housing help')).toEqual([]);
    expect(suggestCorrections(index(), 'zzqxv')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(suggestCorrections(index(), 'emplyment servise garderi', 2)).toHaveLength(2);
  });
});
