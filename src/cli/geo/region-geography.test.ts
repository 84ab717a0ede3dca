import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../shared/geo/distance.ts';
import { fsaAreasOf, fsaAt } from '../../shared/geo/fsa-areas.ts';
import { formatAreaCollection } from '../../shared/geo/geojson.ts';
import { signedArea } from '../../shared/geo/ring.ts';
import { knownRegions } from '../../shared/regions.ts';
import { projectRoot } from '../import/test-support.ts';
import { buildRegionGeography, regionGeographyPath } from './region-geography.ts';

const londonMiddlesex = knownRegions['london-middlesex']!;
const statisticsCanadaFsas = resolve(projectRoot, '../shared/data/geo/london-fsa-2021.geojson');

function createGeography() {
  return buildRegionGeography(londonMiddlesex);
}

function polygonArea(feature: ReturnType<typeof createGeography>['features'][number]): number {
  return feature.geometry.type === 'Polygon' ? signedArea(feature.geometry.coordinates[0]!) : Number.NaN;
}

describe('region geography', () => {
  it.each(Object.keys(knownRegions))('is what the committed data/geo/%s.geojson was generated from', (regionId) => {
    // `npx tsx src/cli/geo/generate-region-geography.ts` rewrites it; this fails when it was not re-run.
    const committed = readFileSync(resolve(projectRoot, regionGeographyPath(regionId)), 'utf8');
    expect(committed).toBe(formatAreaCollection(buildRegionGeography(knownRegions[regionId]!)));
  });

  it('has one outline for the region and one area per FSA', () => {
    const kinds = createGeography().features.map((feature) => feature.properties.kind);
    expect(kinds.filter((kind) => kind === 'region')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'fsa')).toHaveLength(Object.keys(londonMiddlesex.fsaCentroids).length);
  });

  it('puts each FSA centroid in its own FSA area', () => {
    const areas = fsaAreasOf(createGeography());
    for (const [fsa, centroid] of Object.entries(londonMiddlesex.fsaCentroids)) expect(fsaAt(centroid, areas)).toBe(fsa);
  });

  it('divides the whole region among its FSAs', () => {
    const [region, ...fsas] = createGeography().features;
    const fsaTotal = fsas.reduce((sum, feature) => sum + polygonArea(feature), 0);
    // Rounding to five decimals moves vertices by up to half a metre: areas still agree to 0.05%.
    expect(fsaTotal / polygonArea(region!)).toBeCloseTo(1, 3);
  });

  it('agrees with Statistics Canada: their FSA centroids fall in the same FSA, all but at most one', () => {
    const areas = fsaAreasOf(createGeography());
    const real = JSON.parse(readFileSync(statisticsCanadaFsas, 'utf8')) as { features: { properties: { CFSAUID: string; centroid_lon: number; centroid_lat: number } }[] };
    const misplaced = real.features.filter(({ properties }) => {
      const centroid: LngLat = [properties.centroid_lon, properties.centroid_lat];
      return fsaAt(centroid, areas) !== properties.CFSAUID;
    });
    // N6P's project centroid (Lambeth) is 7 km from the real one: the real N6P reaches far south-west.
    expect(misplaced.length).toBeLessThanOrEqual(1);
  });
});
