import { describe, expect, it } from 'vitest';
import type { Directory } from '../../shared/schema/directory.ts';
import { matchChoices, serviceChoices } from './service-choices.ts';

function createDirectory(): Directory {
  const service = (id: string, name: string, organization_id: string) => ({ id, name, organization_id, status: 'active' });
  return {
    organizations: [
      { id: 'org-a', name: 'Argyle Centre' },
      { id: 'org-h', name: 'Hamilton Road Centre' },
    ],
    services: [service('s1', 'Housing help', 'org-h'), service('s2', 'Job search café', 'org-a'), service('s3', 'Housing workshops', 'org-a')],
  } as unknown as Directory;
}

describe('choosing a service to forward to', () => {
  it('leaves out the service the referral is already addressed to, and sorts by name', () => {
    expect(serviceChoices(createDirectory(), 'en', 's3').map((choice) => choice.id)).toEqual(['s1', 's2']);
  });

  it('matches every typed word in the name or the organization, ignoring case and accents', () => {
    const choices = serviceChoices(createDirectory(), 'en', '');
    expect(matchChoices(choices, 'HOUSING hamilton').map((choice) => choice.id)).toEqual(['s1']);
    expect(matchChoices(choices, 'cafe').map((choice) => choice.id)).toEqual(['s2']);
    expect(matchChoices(choices, '  ')).toHaveLength(3);
  });
});
