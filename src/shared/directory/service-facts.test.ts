import { describe, expect, it } from 'vitest';
import type { Location, Service } from '../schema/directory.ts';
import { isFree, isListed, serviceSchedules } from './service-facts.ts';

const createService = (extra: Partial<Service> = {}): Service => ({ id: 's1', organization_id: 'o1', name: 'Help', status: 'active', ...extra });
const createSite = (extra: Partial<Location> = {}): Location => ({ id: 'l1', location_type: 'physical', ...extra });

describe('what a listing promises', () => {
  it('calls a service free only when every listed cost is zero', () => {
    expect(isFree(createService({ cost_options: [{ id: 'c', amount: 0 }] }))).toBe(true);
    expect(isFree(createService({ cost_options: [{ id: 'c', amount: 0 }, { id: 'd', amount: 20 }] }))).toBe(false);
    expect(isFree(createService({ cost_options: [{ id: 'c', option: 'Sliding scale', amount: null }] }))).toBe(false);
    expect(isFree(createService())).toBe(false);
  });

  it('takes the hours of the sites when the service lists none', () => {
    const siteHours = [{ id: 'h', byday: 'MO', opens_at: '09:00', closes_at: '12:00' }];
    expect(serviceSchedules(createService(), [createSite({ schedules: siteHours })])).toEqual(siteHours);
    const ownHours = [{ id: 'o', byday: 'TU', opens_at: '10:00', closes_at: '11:00' }];
    expect(serviceSchedules(createService({ schedules: ownHours }), [createSite({ schedules: siteHours })])).toEqual(ownHours);
  });

  it('hides services that are inactive or defunct, not those closed for a while', () => {
    expect(isListed(createService({ status: 'inactive' }))).toBe(false);
    expect(isListed(createService({ status: 'defunct' }))).toBe(false);
    expect(isListed(createService({ status: 'temporarily closed' }))).toBe(true);
  });
});
