import { describe, expect, it } from 'vitest';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import { daysOfSession, freshId, removeLocation, setIn, setOfferedAt, withTranslation } from './listing-edit.ts';

function createListing(): OrganizationListing {
  return {
    organization: { id: 'org-1', name: 'Centre' },
    services: [{ id: 'svc-1', organization_id: 'org-1', name: 'Classes', status: 'active', schedules: [{ id: 'svc-1-schedule-1', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' }] }],
    locations: [{ id: 'loc-1', location_type: 'physical', name: 'Main office' }],
    service_at_locations: [{ id: 'svc-1-at-loc-1', service_id: 'svc-1', location_id: 'loc-1' }],
  };
}

describe('editing a listing', () => {
  it('changes the value at a path and copies only the objects on the way', () => {
    const listing = createListing();
    const edited = setIn(listing, ['services', 0, 'schedules', 0, 'opens_at'], '18:00');
    expect(edited.services[0]!.schedules![0]!.opens_at).toBe('18:00');
    expect(listing.services[0]!.schedules![0]!.opens_at).toBe('09:00');
    expect(edited.locations).toBe(listing.locations);
  });

  it('leaves a field out when it is set to undefined', () => {
    const edited = setIn(createListing(), ['services', 0, 'guichet_capacity'], undefined);
    expect('guichet_capacity' in edited.services[0]!).toBe(false);
  });

  it('adds a translation with its machine flag, and removes it and its emptied language when cleared', () => {
    const added = withTranslation(undefined, 'ar', 'name', 'دروس', true);
    expect(added).toEqual({ ar: { name: { text: 'دروس', machine: true } } });
    expect(withTranslation(added, 'ar', 'name', '  ', false)).toBeUndefined();
  });

  it('offers a service at a location once, and removing the location removes the link', () => {
    const listing = { ...createListing(), locations: [...createListing().locations, { id: 'loc-2', location_type: 'physical' as const }] };
    const offered = setOfferedAt(setOfferedAt(listing, 'svc-1', 'loc-2', true), 'svc-1', 'loc-2', true);
    expect(offered.service_at_locations.filter((link) => link.location_id === 'loc-2')).toHaveLength(1);
    expect(removeLocation(offered, 'loc-2').service_at_locations.map((link) => link.location_id)).toEqual(['loc-1']);
  });

  it('makes an id no record of the listing uses', () => {
    expect(freshId('svc-1-schedule', ['svc-1-schedule-1', 'svc-1-schedule-2'])).toBe('svc-1-schedule-3');
  });

  it('reads a session\'s weekdays, ordinals included', () => {
    expect(daysOfSession({ id: 's', byday: '1MO, WE' })).toEqual(['MO', 'WE']);
  });
});
