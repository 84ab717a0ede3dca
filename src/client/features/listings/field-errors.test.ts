import { describe, expect, it } from 'vitest';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import { checkListingLocally, kindOf, problemsByPath, serviceIndexOf } from './field-errors.ts';

function createListing(): OrganizationListing {
  return {
    organization: { id: 'org-1', name: 'Centre', email: 'info@centre.example.org' },
    services: [
      {
        id: 'svc-1',
        organization_id: 'org-1',
        name: 'Classes',
        status: 'active',
        schedules: [
          { id: 'evening', byday: 'TU', opens_at: '18:00', closes_at: '20:00' },
          { id: 'holiday', guichet_closed: true, valid_from: '2026-12-24', valid_to: '2026-12-26' },
        ],
      },
    ],
    locations: [],
    service_at_locations: [],
  };
}

describe('field problems found while typing', () => {
  it('finds none in a listing that is right, evening sessions and closures included', () => {
    expect(checkListingLocally(createListing())).toEqual([]);
  });

  it('places each problem at the path of its input', () => {
    const listing = createListing();
    const service = listing.services[0]!;
    listing.services[0] = {
      ...service,
      name: '',
      minimum_age: 30,
      maximum_age: 18,
      schedules: [
        { id: 'evening', byday: '', opens_at: '9h', closes_at: '20:00' },
        { id: 'holiday', guichet_closed: true, valid_from: '2026-12-24', valid_to: '2026-12-20' },
      ],
    };
    expect(checkListingLocally(listing)).toEqual([
      { path: 'services.0.name', code: 'required' },
      { path: 'services.0.maximum_age', code: 'ageRange' },
      { path: 'services.0.schedules.0.byday', code: 'choose' },
      { path: 'services.0.schedules.0.opens_at', code: 'time' },
      { path: 'services.0.schedules.1.valid_to', code: 'dateRange' },
    ]);
  });

  it('allows a session past midnight but not one that closes when it opens', () => {
    const listing = createListing();
    listing.services[0]!.schedules = [{ id: 'night', byday: 'FR', opens_at: '20:00', closes_at: '08:00' }, { id: 'none', byday: 'SA', opens_at: '10:00', closes_at: '10:00' }];
    expect(checkListingLocally(listing)).toEqual([{ path: 'services.0.schedules.1.closes_at', code: 'closesBeforeOpens' }]);
  });
});

describe('field problems from the server', () => {
  it('are worded from zod\'s code and the field they are about', () => {
    expect(kindOf({ path: 'services.0.schedules.1.opens_at', code: 'invalid_format', message: 'must be a time like 09:30' })).toBe('time');
    expect(kindOf({ path: 'services.0.schedules.1.valid_from', code: 'invalid_format' })).toBe('date');
    expect(kindOf({ path: 'services.0.name', code: 'too_small' })).toBe('required');
    expect(kindOf({ path: 'services', code: 'custom', message: 'lists svc-1 more than once' })).toBe('duplicate');
    expect(kindOf({ path: 'services.0.status', code: 'invalid_value' })).toBe('choose');
  });

  it('keep the first problem of a field, and tell which service it is in', () => {
    const problems = problemsByPath([
      { path: 'services.2.name', code: 'too_small' },
      { path: 'services.2.name', code: 'invalid_type' },
    ]);
    expect([...problems]).toEqual([['services.2.name', 'required']]);
    expect(serviceIndexOf('services.2.name')).toBe(2);
    expect(serviceIndexOf('organization.name')).toBeNull();
  });
});
