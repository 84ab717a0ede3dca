import { describe, expect, it } from 'vitest';
import type { LngLat } from './distance.ts';
import { formatAreaCollection, roundCoordinate, roundGeometry, roundRing, type AreaCollection } from './geojson.ts';

function createRing(): LngLat[] {
  return [[-81.250001, 42.98], [-81.25, 42.980002], [-81.2, 42.98], [-81.2, 43.0], [-81.250001, 42.98]];
}

function createSliver(): LngLat[] {
  return [[-81.25, 42.98], [-81.250001, 42.980001], [-81.250002, 42.98], [-81.25, 42.98]];
}

describe('GeoJSON rounding', () => {
  it('rounds to five decimals, about a metre', () => {
    expect(roundCoordinate(-81.2345678)).toBe(-81.23457);
    expect(roundCoordinate(42.000004)).toBe(42);
  });

  it('drops the repeated positions rounding creates', () => {
    expect(roundRing(createRing())).toEqual([[-81.25, 42.98], [-81.2, 42.98], [-81.2, 43], [-81.25, 42.98]]);
  });

  it('drops a ring that rounding shrinks to nothing', () => {
    expect(roundRing(createSliver())).toBeNull();
  });

  it('drops the vanished polygons of a MultiPolygon and keeps the rest', () => {
    expect(roundGeometry({ type: 'MultiPolygon', coordinates: [[createSliver()], [createRing()]] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [[roundRing(createRing())]],
    });
  });
});

describe('GeoJSON text', () => {
  it('writes one feature a line, and reads back the same', () => {
    const collection: AreaCollection<{ id: string }> = {
      type: 'FeatureCollection',
      features: ['a', 'b'].map((id) => ({ type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [createRing()] } })),
    };
    const text = formatAreaCollection(collection);
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(text)).toEqual(collection);
  });
});
