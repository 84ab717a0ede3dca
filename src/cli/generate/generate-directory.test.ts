import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directorySchema } from '../../shared/schema/directory.ts';
import { needTerms } from '../../shared/taxonomy/taxonomy.ts';
import { categoriesOf } from '../../shared/directory/service-facts.ts';
import { parseFsa } from '../../shared/geo/fsa.ts';
import { LONDON_MIDDLESEX_FSAS } from '../../shared/geo/region-fsas.ts';
import { isOpenEvenings, isOpenWeekends } from '../../shared/hours/opening-hours.ts';
import { generateDirectory } from './generate-directory.ts';

const committedDemo = () => JSON.parse(readFileSync(new URL('../../../data/demo/london-middlesex.json', import.meta.url), 'utf8'));

describe('demo generator', () => {
  it('is what the committed demo region was generated from', () => {
    // `npm run generate` rewrites the file; this fails when the generator changed and it was not re-run.
    const demo = committedDemo();
    expect(generateDirectory({ seed: 2026, serviceCount: demo.services.length })).toEqual(demo);
  });

  it('makes a demo region of the promised size that passes the schema', () => {
    const demo = directorySchema.parse(committedDemo());
    expect(demo.services.length).toBeGreaterThanOrEqual(150);
    expect(demo.organizations.length).toBeGreaterThanOrEqual(60);
    expect(demo.locations.length).toBeGreaterThanOrEqual(100);
  });

  it('covers every taxonomy term, evenings and weekends', () => {
    const demo = generateDirectory({ seed: 2026, serviceCount: 160 });
    const covered = new Set(demo.services.flatMap((service) => categoriesOf(service)));
    for (const term of needTerms) expect(covered, term.id).toContain(term.id);
    expect(demo.services.some((service) => isOpenEvenings(service.schedules ?? []))).toBe(true);
    expect(demo.services.some((service) => isOpenWeekends(service.schedules ?? []))).toBe(true);
  });

  it('marks every record as sample data', () => {
    const demo = generateDirectory({ seed: 7, serviceCount: 40 });
    for (const record of [...demo.organizations, ...demo.services, ...demo.locations]) expect(record.guichet_sample).toBe(true);
  });

  it('places sites in real London FSAs, near their centroids', () => {
    const demo = generateDirectory({ seed: 7, serviceCount: 40 });
    for (const location of demo.locations) {
      const fsa = parseFsa(location.addresses![0]!.postal_code)!;
      const [lng, lat] = LONDON_MIDDLESEX_FSAS[fsa]!;
      expect(Math.abs(location.latitude! - lat)).toBeLessThan(0.02);
      expect(Math.abs(location.longitude! - lng)).toBeLessThan(0.02);
    }
  });

  it('gives the same output for the same seed and different output for another', () => {
    expect(generateDirectory({ seed: 3, serviceCount: 30 })).toEqual(generateDirectory({ seed: 3, serviceCount: 30 }));
    expect(generateDirectory({ seed: 4, serviceCount: 30 })).not.toEqual(generateDirectory({ seed: 3, serviceCount: 30 }));
  });

  it('makes tens of thousands of services with unique ids for benchmarks', () => {
    const large = generateDirectory({ seed: 1, serviceCount: 60_000 });
    expect(large.services).toHaveLength(60_000);
    expect(new Set(large.services.map((service) => service.id)).size).toBe(60_000);
    expect(new Set(large.locations.map((location) => location.id)).size).toBe(large.locations.length);
  });
});
