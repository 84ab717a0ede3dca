import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchServices } from './index.ts';
import { createDirectory, createOrganization, createService } from './test-directory.ts';

function ranking(services: ReturnType<typeof createService>[], query: string): string[] {
  return searchServices(buildSearchIndex(createDirectory(services)), query).hits.map((hit) => hit.serviceId);
}

describe('ranking', () => {
  it('puts a name match above a description match', () => {
    const order = ranking(
      [
        createService({ id: 'mentions', name: 'Drop-in centre', description: 'We can refer you to a dentist.' }),
        createService({ id: 'named', name: 'Dentist referrals' }),
      ],
      'dentist',
    );
    expect(order).toEqual(['named', 'mentions']);
  });

  it('orders fields name > category > organization > description', () => {
    const directory = createDirectory(
      [
        createService({ id: 'description', name: 'Drop-in', description: 'Ask us about a daycare.' }),
        createService({ id: 'organization', name: 'Drop-in', organizationId: 'daycare-org' }),
        createService({ id: 'category', name: 'Drop-in', terms: ['childcare'] }),
        createService({ id: 'name', name: 'Daycare' }),
      ],
      [createOrganization('organization-1', 'Helping Hands'), createOrganization('daycare-org', 'Daycare Network')],
    );
    const order = searchServices(buildSearchIndex(directory), 'daycare').hits.map((hit) => hit.serviceId);
    expect(order).toEqual(['name', 'category', 'organization', 'description']);
  });

  it('prefers an exact word to a longer word it starts', () => {
    const services = [createService({ id: 'prefix', name: 'Jobs board' }), createService({ id: 'exact', name: 'Job fair' })];
    expect(ranking(services, 'job')).toEqual(['exact', 'prefix']);
    expect(ranking(services, 'job ')).toEqual(['exact', 'prefix']);
  });

  it('puts services matching every word above those matching some', () => {
    const order = ranking(
      [
        createService({ id: 'housing-only', name: 'Housing registry' }),
        createService({ id: 'youth-only', name: 'Youth drop-in' }),
        createService({ id: 'both', name: 'Drop-in', description: 'Support for youth looking for housing.' }),
      ],
      'youth housing',
    );
    expect(order[0]).toBe('both');
    expect(order).toHaveLength(3);
  });

  it('gives a bonus to the query found as a phrase in a name', () => {
    const order = ranking(
      [
        createService({ id: 'scattered', name: 'Clinic for legal questions' }),
        createService({ id: 'phrase', name: 'Legal clinic of the west end' }),
      ],
      'legal clinic',
    );
    expect(order).toEqual(['phrase', 'scattered']);
  });

  it('gives a bonus to the query found as a phrase in a category name, while it is typed', () => {
    const order = ranking(
      [
        createService({ id: 'words', name: 'Food and more', description: 'Food for every bank holiday.' }),
        createService({ id: 'category', name: 'Pantry', terms: ['food'] }),
      ],
      'food ba',
    );
    expect(order[0]).toBe('category');
  });

  it('keeps directory order between equal scores', () => {
    const services = ['a', 'b', 'c', 'd'].map((id) => createService({ id, name: 'Tax clinic' }));
    expect(ranking(services, 'tax')).toEqual(['a', 'b', 'c', 'd']);
    const index = buildSearchIndex(createDirectory(services));
    expect(searchServices(index, 'tax', { limit: Infinity }).hits.map((hit) => hit.serviceId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ranks the same whether each keystroke is searched or the whole query at once', () => {
    const services = [
      createService({ name: 'Cours de français', terms: ['language-classes'] }),
      createService({ name: 'Français au travail', terms: ['job-language-training'] }),
      createService({ name: 'Cours de cuisine', description: 'Pour les familles.' }),
      createService({ name: 'Employment services', terms: ['employment'] }),
    ];
    const typing = buildSearchIndex(createDirectory(services));
    const query = 'cours de français';
    for (let length = 1; length <= query.length; length++) {
      const typed = query.slice(0, length);
      const fresh = searchServices(buildSearchIndex(createDirectory(services)), typed);
      expect(searchServices(typing, typed), typed).toEqual(fresh);
    }
  });
});
