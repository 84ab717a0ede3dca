import { describe, expect, it } from 'vitest';
import { emptyAnswers, parseAnswers, suggestionsFor } from './needs-check.ts';

describe('needs check', () => {
  it('turns each chosen priority into a search for its categories, for the person’s status', () => {
    const suggestions = suggestionsFor({ ...emptyAnswers(), arrival: 'moreThanFive', status: 'protected_person', priorities: ['work', 'housing'] });
    expect(suggestions.map((s) => s.priority)).toEqual(['work', 'housing']);
    expect(suggestions[0]!.search.categories).toEqual(['employment', 'job-language-training']);
    expect(suggestions.every((s) => s.search.status === 'protected_person')).toBe(true);
  });

  it('adds settlement and papers help for someone who just arrived', () => {
    const suggestions = suggestionsFor({ ...emptyAnswers(), arrival: 'lessThanYear', priorities: ['health'] });
    expect(suggestions.map((s) => s.priority)).toEqual(['health', 'papers']);
  });

  it('adds children and school when children came along', () => {
    const suggestions = suggestionsFor({ ...emptyAnswers(), household: ['partner', 'children'], priorities: ['work'] });
    expect(suggestions.map((s) => s.priority)).toContain('children');
  });

  it('leaves no one out when the person is not sure of their status', () => {
    expect(suggestionsFor({ ...emptyAnswers(), priorities: ['money'] })[0]!.search.status).toBeNull();
  });

  it('keeps only known answers when reading them back from storage', () => {
    expect(parseAnswers({ arrival: 'yesterday', status: 'protected_person', household: ['children', 'dog', 'children'], priorities: 'work' })).toEqual({
      arrival: null,
      status: 'protected_person',
      household: ['children'],
      priorities: [],
    });
    expect(parseAnswers(null)).toEqual(emptyAnswers());
  });
});
