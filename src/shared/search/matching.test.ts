import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchServices } from './index.ts';
import { createDirectory, createOrganization, createService } from './test-directory.ts';

function idsFor(directory: ReturnType<typeof createDirectory>, query: string): string[] {
  return searchServices(buildSearchIndex(directory), query).hits.map((hit) => hit.serviceId);
}

function distractors() {
  return [
    createService({ id: 'housing', name: 'Housing help desk', description: 'Find an apartment and talk to a landlord.', terms: ['housing'] }),
    createService({ id: 'food', name: 'Community food bank', description: 'Groceries every Tuesday.', terms: ['food'] }),
  ];
}

describe('matching through normalization', () => {
  it('ignores case and accents on both sides', () => {
    const directory = createDirectory([createService({ id: 'french', name: 'Cours de français pour adultes' }), ...distractors()]);
    for (const query of ['FRANCAIS', 'français', 'Francais', 'FRANÇAIS']) expect(idsFor(directory, query), query).toEqual(['french']);
  });

  it("drops elided articles, whatever the apostrophe: d'emploi, d’emploi", () => {
    const directory = createDirectory([
      createService({ id: 'jobs', name: 'Carrefour', description: "Aide à la recherche d'emploi." }),
      ...distractors(),
    ]);
    for (const query of ['emploi', "d'emploi", 'd’emploi', 'recherche d’emploi']) expect(idsFor(directory, query), query).toEqual(['jobs']);
  });

  it('matches Arabic with or without diacritics, hamza and teh marbuta variants', () => {
    const directory = createDirectory([createService({ id: 'arabic', name: 'دروس اللغة الإنجليزية' }), ...distractors()]);
    for (const query of ['دروس اللغة الإنجليزية', 'دروس اللغه الانجليزيه', 'دُرُوسُ اللُّغَةِ', 'الإنجليزية', 'الانجليزيه']) {
      expect(idsFor(directory, query)[0], query).toBe('arabic');
    }
  });

  it('treats the word being typed as a prefix', () => {
    const directory = createDirectory([createService({ id: 'jobs', name: 'Employment services' }), ...distractors()]);
    expect(idsFor(directory, 'employ')).toEqual(['jobs']);
    expect(idsFor(directory, 'em')).toEqual(['jobs']);
  });

  it('searches translated names and descriptions', () => {
    const directory = createDirectory([
      createService({ id: 'clinic', name: 'Health clinic', translations: { fr: { name: 'Clinique de santé', description: 'Médecin de famille' } } }),
      ...distractors(),
    ]);
    expect(idsFor(directory, 'clinique')).toEqual(['clinic']);
    expect(idsFor(directory, 'medecin')).toEqual(['clinic']);
  });

  it('searches the organization name', () => {
    const directory = createDirectory(
      [createService({ id: 'intake', name: 'Intake', organizationId: 'cross-cultural' }), ...distractors()],
      [createOrganization('organization-1', 'Helping Hands'), createOrganization('cross-cultural', 'Cross Cultural Learner Centre')],
    );
    expect(idsFor(directory, 'cross cultural')).toEqual(['intake']);
  });
});

describe('typo tolerance', () => {
  const directory = () =>
    createDirectory([
      createService({ id: 'jobs', name: 'Employment services', description: 'Resume help and job search.' }),
      createService({ id: 'english', name: "Cours d'anglais", description: 'Classes du soir.' }),
      ...distractors(),
    ]);

  it('corrects a misspelled word', () => {
    expect(idsFor(directory(), 'emplyment')[0]).toBe('jobs');
    expect(idsFor(directory(), 'anglias')[0]).toBe('english');
    expect(idsFor(directory(), 'emplyment servise')[0]).toBe('jobs');
  });

  it('corrects a misspelled word while it is still being typed', () => {
    expect(idsFor(directory(), 'emplym')[0]).toBe('jobs');
  });

  it('corrects to the nearest words only, not to every word two letters away', () => {
    const directory = createDirectory([
      createService({ id: 'counselling', name: 'Mental health counselling' }),
      createService({ id: 'meals', name: 'Community meals' }),
      createService({ id: 'rent', name: 'Rent bank' }),
    ]);
    expect(idsFor(directory, 'mentl ')).toEqual(['counselling']);
  });

  it('finds nothing for words nothing resembles', () => {
    expect(idsFor(directory(), 'zzqxv')).toEqual([]);
  });
});

describe('categories across languages', () => {
  const directory = () =>
    createDirectory([
      // Named after the provider's own programme, so only its category says what it is.
      createService({ id: 'classes', name: 'Newcomer Learning Program', terms: ['language-classes'] }),
      createService({ id: 'beginner', name: 'Morning group', terms: ['language-classes-clb-1-4'] }),
      createService({ id: 'jobs', name: 'Job club', description: 'Weekly meetings.', terms: ['employment'] }),
      ...distractors(),
    ]);

  it.each(['ESL', 'LINC', 'English classes', "cours d'anglais", 'دروس اللغة الإنجليزية', 'cours de français', 'language classes'])(
    '"%s" reaches the language-class services',
    (query) => {
      const ids = idsFor(directory(), query);
      expect(ids.slice(0, 2).sort()).toEqual(['beginner', 'classes']);
    },
  );

  it('reaches a service through the synonyms of its category ancestors', () => {
    expect(idsFor(directory(), 'conversation circle')).toContain('beginner');
    expect(idsFor(directory(), 'literacy')).toEqual(['beginner']);
  });
});

describe('short and common words', () => {
  it('looks for the words two typed letters start in names, not descriptions', () => {
    const directory = createDirectory([
      createService({ id: 'named', name: 'Counselling' }),
      createService({ id: 'described', name: 'Drop-in', description: 'Counselling on Tuesdays.' }),
    ]);
    expect(idsFor(directory, 'co')).toEqual(['named']);
    expect(idsFor(directory, 'cou')).toEqual(['named', 'described']);
  });

  it('lets a word found in most services only add to what the other words found', () => {
    const services = [
      createService({ id: 'classes', name: 'Cours de français' }),
      createService({ id: 'cooking', name: 'Atelier de cuisine' }),
      createService({ id: 'garden', name: 'Jardin de quartier' }),
    ];
    expect(idsFor(createDirectory(services), 'cours de')).toEqual(['classes']);
    expect(idsFor(createDirectory(services), 'de ')).toHaveLength(3);
  });
});

describe('filters and limits', () => {
  const directory = () =>
    createDirectory([
      createService({ id: 'a', name: 'Tax clinic' }),
      createService({ id: 'b', name: 'Legal clinic' }),
      createService({ id: 'c', name: 'Health clinic' }),
    ]);

  it('keeps only the candidates, given as a set of positions', () => {
    const results = searchServices(buildSearchIndex(directory()), 'clinic', { candidates: new Set([0, 2]) });
    expect(results.hits.map((hit) => hit.serviceId)).toEqual(['a', 'c']);
    expect(results.total).toBe(2);
  });

  it('keeps only the candidates, given as a mask', () => {
    const results = searchServices(buildSearchIndex(directory()), 'clinic', { candidates: Uint8Array.from([0, 1, 0]) });
    expect(results.hits.map((hit) => hit.serviceIndex)).toEqual([1]);
  });

  it('returns at most `limit` hits but counts them all', () => {
    const results = searchServices(buildSearchIndex(directory()), 'clinic', { limit: 2 });
    expect(results.hits).toHaveLength(2);
    expect(results.total).toBe(3);
  });

  it('returns nothing for an empty query', () => {
    const index = buildSearchIndex(directory());
    for (const query of ['', '   ', "d'", '?!']) expect(searchServices(index, query)).toEqual({ hits: [], total: 0 });
  });
});
