import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Directory } from '../schema/directory.ts';
import { LONDON_MIDDLESEX_FSAS } from '../geo/region-fsas.ts';
import { createDirectoryEngine, runDirectoryQuery, type DirectoryQuery } from './directory-query.ts';
import { emptySearchState, type SearchState } from './search-state.ts';
import { categoriesOf } from './service-facts.ts';

const demo: Directory = JSON.parse(readFileSync(new URL('../../../data/demo/london-middlesex.json', import.meta.url), 'utf8'));
const engine = createDirectoryEngine(demo);
// A Tuesday at 10:30 in London, Ontario.
const TUESDAY_MORNING = Date.parse('2026-11-24T10:30:00-05:00');

function query(state: Partial<SearchState>, extra: Partial<DirectoryQuery> = {}) {
  return runDirectoryQuery(engine, { state: { ...emptySearchState(), ...state }, origin: null, now: TUESDAY_MORNING, limit: 1000, ...extra });
}
const serviceById = new Map(demo.services.map((service) => [service.id, service]));

describe('directory query', () => {
  it('lists every service for an empty search, in name order', () => {
    const result = query({});
    expect(result.total).toBe(demo.services.length);
    const names = result.ids.map((id) => serviceById.get(id)!.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('narrows to a category and its sub-categories', () => {
    const result = query({ categories: ['language-classes'] });
    expect(result.total).toBeGreaterThan(0);
    for (const id of result.ids) expect(categoriesOf(serviceById.get(id)!)).toContain('language-classes');
    expect(result.ids.some((id) => categoriesOf(serviceById.get(id)!).includes('language-classes-clb-1-4'))).toBe(true);
  });

  it('widens within a group and narrows across groups', () => {
    const housing = query({ categories: ['housing'] }).total;
    const food = query({ categories: ['food'] }).total;
    expect(query({ categories: ['housing', 'food'] }).total).toBe(housing + food);
    const freeHousing = query({ categories: ['housing'], features: ['free'] });
    expect(freeHousing.total).toBeLessThanOrEqual(housing);
    for (const id of freeHousing.ids) expect(serviceById.get(id)!.cost_options!.every((option) => !option.amount)).toBe(true);
  });

  it('keeps services open to the reader’s status, and those open to everyone', () => {
    const result = query({ status: 'international_student' });
    for (const id of result.ids) {
      const statuses = serviceById.get(id)!.guichet_eligibility?.statuses ?? null;
      expect(statuses === null || statuses.includes('international_student')).toBe(true);
    }
    expect(result.total).toBeLessThan(demo.services.length);
  });

  it('counts each filter value as if it were ticked next', () => {
    const result = query({ features: ['free'] });
    expect(result.counts.categories.housing).toBe(query({ features: ['free'], categories: ['housing'] }).total);
    // A group's own selection does not shrink its counts: "Evenings" still counts with "Weekends" ticked.
    const withWeekends = query({ when: ['weekends'] });
    expect(withWeekends.counts.when.evenings).toBe(query({ when: ['evenings'] }).total);
  });

  it('finds open services at the time asked', () => {
    const open = query({ when: ['open_now'] });
    const lateNight = query({ when: ['open_now'] }, { now: Date.parse('2026-11-25T03:00:00-05:00') });
    expect(open.total).toBeGreaterThan(0);
    expect(lateNight.total).toBe(0);
  });

  it('sorts by distance from an FSA and reports each distance', () => {
    const origin = LONDON_MIDDLESEX_FSAS.N7G!;
    const result = query({ sort: 'distance', near: 'N7G' }, { origin });
    const distances = result.ids.map((id) => result.distances[id]).filter((km): km is number => km !== undefined);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(3);
  });

  it('drops services beyond the radius but keeps online ones', () => {
    const result = query({ near: 'N6A', radiusKm: 2 }, { origin: LONDON_MIDDLESEX_FSAS.N6A! });
    for (const id of result.ids) {
      const km = result.distances[id];
      if (km === undefined) expect(serviceById.get(id)!.guichet_delivery).not.toEqual(['in_person']);
      else expect(km).toBeLessThanOrEqual(2);
    }
    expect(result.total).toBeLessThan(demo.services.length);
  });

  it('finds services despite a misspelled word', () => {
    const result = query({ query: 'hosuing' });
    expect(result.ids.slice(0, 5).every((id) => categoriesOf(serviceById.get(id)!).includes('housing'))).toBe(true);
  });

  it('offers respellings when nothing is left to show', () => {
    const result = query({ query: 'hosuing', categories: ['food'], features: ['virtual'] });
    expect(result.total).toBe(0);
    expect(result.suggestions).toContain('housing');
    expect(query({ query: 'hosuing' }).suggestions).toEqual([]);
  });

  it('tells a query that matches nothing from one the filters emptied', () => {
    expect(query({ query: 'xqzv' }).queryTotal).toBe(0);
    const filteredOut = query({ query: 'housing', categories: ['food'], features: ['virtual'] });
    expect(filteredOut.total).toBe(0);
    expect(filteredOut.queryTotal).toBeGreaterThan(0);
  });

  it('returns one page at a time and the full total', () => {
    const result = query({}, { limit: 10 });
    expect(result.ids).toHaveLength(10);
    expect(result.total).toBe(demo.services.length);
  });
});
