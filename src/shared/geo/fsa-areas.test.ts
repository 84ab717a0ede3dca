import { describe, expect, it } from 'vitest';
import type { LngLat } from './distance.ts';
import type { AreaGeometry } from './geojson.ts';
import { areaCentroid, fsaAreasOf, fsaAt, type FsaArea } from './fsa-areas.ts';

function createSquareRings(lng: number, lat: number, size: number): LngLat[][] {
  return [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]];
}

function createSquare(lng: number, lat: number, size: number): AreaGeometry {
  return { type: 'Polygon', coordinates: createSquareRings(lng, lat, size) };
}

/** A large FSA with a small one against its east side. */
function createAreas(): FsaArea[] {
  return [
    { fsa: 'N6H', geometry: createSquare(-81.4, 42.9, 0.1) },
    { fsa: 'N6A', geometry: createSquare(-81.3, 42.9, 0.02) },
  ];
}

describe('fsaAt', () => {
  it('gives the FSA whose area contains the point', () => {
    expect(fsaAt([-81.29, 42.91], createAreas())).toBe('N6A');
  });

  it('goes by area, not by centroid, inside an area', () => {
    // 80 m west of N6A, so inside N6H, but 0.9 km from N6A's centroid and 5.7 km from N6H's.
    expect(fsaAt([-81.301, 42.91], createAreas())).toBe('N6H');
  });

  it('falls back to the FSA with the nearest centroid for a point outside every area', () => {
    expect(fsaAt([-81.25, 42.91], createAreas())).toBe('N6A');
    expect(fsaAt([-81.5, 42.95], createAreas())).toBe('N6H');
  });

  it('gives nothing when there are no areas', () => {
    expect(fsaAt([-81.25, 42.98], [])).toBeNull();
  });

  it('reads FSA areas from the generated region file and from imported boundaries alike', () => {
    const geometry = createSquare(-81.3, 42.9, 0.02);
    const collection = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { kind: 'region', id: 'london-middlesex' }, geometry },
        { type: 'Feature' as const, properties: { kind: 'fsa', fsa: 'N6A' }, geometry },
        { type: 'Feature' as const, properties: { kind: 'fsa', id: 'N6B' }, geometry },
      ],
    };
    expect(fsaAreasOf(collection).map((area) => area.fsa)).toEqual(['N6A', 'N6B']);
  });
});

describe('areaCentroid', () => {
  it('is the centre of the largest polygon of a MultiPolygon', () => {
    const split: AreaGeometry = { type: 'MultiPolygon', coordinates: [createSquareRings(0, 0, 1), createSquareRings(10, 10, 4)] };
    expect(areaCentroid(split)).toEqual([12, 12]);
  });
});
