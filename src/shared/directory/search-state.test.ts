import { describe, expect, it } from 'vitest';
import { emptySearchState, parseSearchState, serializeSearchState } from './search-state.ts';

describe('search state in the URL', () => {
  it('round-trips a search with every kind of filter', () => {
    const state = {
      ...emptySearchState(),
      query: 'cours de français',
      categories: ['language-classes', 'employment'],
      languages: ['ar'],
      audiences: ['women' as const],
      status: 'protected_person' as const,
      when: ['evenings' as const],
      features: ['free' as const, 'wheelchair' as const],
      near: 'N6A',
      radiusKm: 5,
      sort: 'distance' as const,
      view: 'map' as const,
    };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('drops values a tampered link carries', () => {
    const state = parseSearchState(new URLSearchParams('status=king&when=always&feature=free&radius=7&near=ZZZ&sort=random&category=<script>'));
    expect(state).toEqual({ ...emptySearchState(), features: ['free'] });
  });

  it('keeps only the FSA of a postal code in the URL', () => {
    expect(parseSearchState(new URLSearchParams('near=n6a 3n7')).near).toBe('N6A');
  });

  it('leaves defaults out of the URL so a plain search stays a short link', () => {
    expect(serializeSearchState({ ...emptySearchState(), query: ' jobs ' }).toString()).toBe('q=jobs');
  });
});
