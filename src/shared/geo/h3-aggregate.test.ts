import { cellToLatLng, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { LngLat } from './distance.ts';
import { aggregateToH3, h3CellPolygon, h3CellsAsGeoJson, suppressSmallCounts, type H3CellTotal } from './h3-aggregate.ts';
import { isPointInRing } from './point-in-polygon.ts';

const RESOLUTION = 8;

/** Two points a few metres apart around the centre of downtown London's resolution-8 cell. */
function createNeighbours(): LngLat[] {
  const [lat, lng] = cellToLatLng(latLngToCell(42.98, -81.25, RESOLUTION));
  return [[lng, lat], [lng + 0.0001, lat + 0.0001]];
}

const downtown: LngLat = [-81.25, 42.98];
const strathroy: LngLat = [-81.62, 42.955];

function createTotals(counts: number[]): H3CellTotal[] {
  return counts.map((count, index) => ({ cell: `88${index}`, count, weight: count }));
}

describe('H3 aggregation', () => {
  it('counts two points of the same cell as 2', () => {
    const cells = aggregateToH3(createNeighbours(), RESOLUTION);
    expect(cells).toHaveLength(1);
    expect(cells[0]!.count).toBe(2);
  });

  it('puts points far apart in different cells', () => {
    const cells = aggregateToH3([downtown, strathroy], RESOLUTION);
    expect(cells.map((cell) => cell.count)).toEqual([1, 1]);
  });

  it('adds up the weights, while counting each point once', () => {
    const [a, b] = createNeighbours();
    const [cell] = aggregateToH3([{ position: a!, weight: 3 }, { position: b!, weight: 2.5 }], RESOLUTION);
    expect(cell).toMatchObject({ count: 2, weight: 5.5 });
  });

  it('counts the weight of an unweighted point as 1', () => {
    expect(aggregateToH3([downtown], RESOLUTION)[0]!.weight).toBe(1);
  });

  it('lists the same points in the same order, whatever order they come in', () => {
    expect(aggregateToH3([strathroy, downtown], RESOLUTION)).toEqual(aggregateToH3([downtown, strathroy], RESOLUTION));
  });

  it('refuses a point that is not a finite position', () => {
    expect(() => aggregateToH3([downtown, [Number.NaN, 42.98]], RESOLUTION)).toThrow('point 1 is not a [longitude, latitude]');
  });

  it('refuses a resolution H3 does not have', () => {
    expect(() => aggregateToH3([downtown], 16)).toThrow('H3 resolution must be a whole number from 0 to 15');
  });
});

describe('H3 cell polygons', () => {
  it('are one closed ring', () => {
    const [ring] = h3CellPolygon(latLngToCell(42.98, -81.25, RESOLUTION)).coordinates;
    expect(ring).toHaveLength(7); // six corners and the first again
    expect(ring![0]).toEqual(ring![6]);
  });

  it('are in [lng, lat] order and contain the points counted in them', () => {
    const [ring] = h3CellPolygon(latLngToCell(downtown[1], downtown[0], RESOLUTION)).coordinates;
    for (const [lng, lat] of ring!) {
      expect(lng).toBeCloseTo(-81.25, 1);
      expect(lat).toBeCloseTo(42.98, 1);
    }
    expect(isPointInRing(downtown, ring!)).toBe(true);
  });

  it('carry their counts as GeoJSON feature properties', () => {
    const collection = h3CellsAsGeoJson(aggregateToH3(createNeighbours(), RESOLUTION));
    expect(collection.features[0]!.properties).toMatchObject({ count: 2, weight: 2 });
  });
});

describe('small-count suppression', () => {
  it('drops the cells counting fewer than k points', () => {
    expect(suppressSmallCounts(createTotals([1, 4, 5, 12]), 5).map((cell) => cell.count)).toEqual([5, 12]);
  });

  it('decides on the number of points, not their weight', () => {
    const heavyButAlone: H3CellTotal = { cell: '88a', count: 1, weight: 40 };
    expect(suppressSmallCounts([heavyButAlone], 5)).toEqual([]);
  });
});
