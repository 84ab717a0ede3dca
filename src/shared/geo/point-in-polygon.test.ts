import { describe, expect, it } from 'vitest';
import type { LngLat } from './distance.ts';
import type { AreaGeometry } from './geojson.ts';
import { isPointInArea, isPointInPolygon, isPointInRing } from './point-in-polygon.ts';

/** A closed square ring with its south-west corner at (lng, lat). */
function createSquare(lng: number, lat: number, size: number): LngLat[] {
  return [[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]];
}

/** An L: a 2×2 square with its north-east quarter missing. */
function createLShape(): LngLat[] {
  return [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]];
}

describe('point in polygon', () => {
  it('finds a point inside a ring and not one outside it', () => {
    expect(isPointInRing([-81.25, 42.98], createSquare(-81.3, 42.95, 0.1))).toBe(true);
    expect(isPointInRing([-81.1, 42.98], createSquare(-81.3, 42.95, 0.1))).toBe(false);
  });

  it('leaves out the notch of a concave ring', () => {
    expect(isPointInRing([1.5, 1.5], createLShape())).toBe(false);
    expect(isPointInRing([0.5, 1.5], createLShape())).toBe(true);
  });

  it('leaves out the holes of a polygon', () => {
    const withHole = [createSquare(0, 0, 4), createSquare(1, 1, 2)];
    expect(isPointInPolygon([2, 2], withHole)).toBe(false);
    expect(isPointInPolygon([0.5, 0.5], withHole)).toBe(true);
  });

  it('finds a point in any polygon of a MultiPolygon', () => {
    const islands: AreaGeometry = { type: 'MultiPolygon', coordinates: [[createSquare(0, 0, 1)], [createSquare(5, 5, 1)]] };
    expect(isPointInArea([5.5, 5.5], islands)).toBe(true);
    expect(isPointInArea([3, 3], islands)).toBe(false);
  });
});
