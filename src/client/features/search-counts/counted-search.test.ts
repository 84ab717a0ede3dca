import { describe, expect, it } from 'vitest';
import { emptySearchState, type SearchState } from '../../../shared/directory/search-state.ts';
import { countedSearch, countableText, filterKeys, sameSearchKey } from './counted-search.ts';

const createState = (overrides: Partial<SearchState> = {}): SearchState => ({ ...emptySearchState(), ...overrides });

describe('the words counted', () => {
  it('are normalized as the app searches them', () => {
    expect(countableText("  L'Anglais   Intensif ")).toBe('l anglais intensif');
    expect(countableText('Médecin')).toBe('medecin');
    expect(countableText('دورة إنجليزية')).toBe('دوره انجليزيه');
  });

  it('are left out when they hold digits: no phone number, postal code or address', () => {
    expect(countableText('519-555-0142')).toBeNull();
    expect(countableText('N6A 3N7')).toBeNull();
    expect(countableText('clinic 123 main street')).toBeNull();
  });

  it('are left out past four words or sixty letters', () => {
    expect(countableText('free english class for adults')).toBeNull();
    expect(countableText('a'.repeat(61))).toBeNull();
    expect(countableText('free english class evenings')).toBe('free english class evenings');
  });
});

describe('the filters counted', () => {
  it('are the app’s own keys, and never the postal code', () => {
    const state = createState({
      categories: ['housing'],
      languages: ['ar'],
      audiences: ['youth'],
      status: 'asylum_claimant',
      when: ['evenings'],
      features: ['free'],
      near: 'N6A',
      radiusKm: 5,
      sort: 'distance',
      view: 'map',
    });
    expect(filterKeys(state)).toEqual(['category:housing', 'language:ar', 'audience:youth', 'status:asylum_claimant', 'when:evenings', 'feature:free', 'radius:5']);
  });

  it('leave out what the contract would refuse', () => {
    expect(filterKeys(createState({ languages: ['EN', 'fr'] }))).toEqual(['language:fr']);
  });
});

describe('a settled search', () => {
  it('says whether it found nothing, in the interface language it ran in', () => {
    expect(countedSearch(createState({ query: 'Dentist' }), 'ar', 0)).toEqual({ uiLanguage: 'ar', text: 'dentist', foundNothing: true, filters: [] });
  });

  it('counts with filters only, or with words that cannot be listed', () => {
    expect(countedSearch(createState({ features: ['free'] }), 'en', 12)).toEqual({ uiLanguage: 'en', text: null, foundNothing: false, filters: ['feature:free'] });
    expect(countedSearch(createState({ query: 'N6A' }), 'en', 3)?.text).toBeNull();
  });

  it('is nothing when nothing was asked', () => {
    expect(countedSearch(createState({ query: '  ' }), 'en', 40)).toBeNull();
  });

  it('is the same search whatever the view, the sort or the place', () => {
    const base = createState({ query: 'English ', categories: ['language-classes'] });
    expect(sameSearchKey({ ...base, view: 'map', sort: 'name', near: 'N6A' })).toBe(sameSearchKey({ ...base, query: 'english' }));
    expect(sameSearchKey({ ...base, features: ['free'] })).not.toBe(sameSearchKey(base));
  });
});
