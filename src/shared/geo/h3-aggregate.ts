/**
 * Counting points on H3's hexagon grid: how many services, visits or searches fall in each
 * hexagon, for maps that show density without showing any single point. A hexagon grid has no
 * administrative meaning, so the same cells compare across regions and years.
 */
import { cellToBoundary, latLngToCell } from 'h3-js';
import type { LngLat } from './distance.ts';
import type { AreaCollection, AreaGeometry } from './geojson.ts';

/** A point that counts once but weighs `weight` (people in a household, services at a site). */
export interface WeightedPoint {
  position: LngLat;
  weight: number;
}

export interface H3CellTotal {
  /** The H3 index, e.g. `882ab46319fffff`. */
  cell: string;
  /** How many points fall in the cell. */
  count: number;
  /** The sum of their weights (equal to `count` when points carry no weight). */
  weight: number;
}

/**
 * The points counted per H3 cell at `resolution` (0 coarsest – 15 finest; 8 is about 0.7 km²,
 * a neighbourhood), sorted by cell index so the same points always give the same list.
 */
export function aggregateToH3(points: readonly (LngLat | WeightedPoint)[], resolution: number): H3CellTotal[] {
  if (!Number.isInteger(resolution) || resolution < 0 || resolution > 15) {
    throw new RangeError(`H3 resolution must be a whole number from 0 to 15 (got ${resolution})`);
  }
  const totals = new Map<string, H3CellTotal>();
  points.forEach((point, index) => {
    const [lng, lat] = 'position' in point ? point.position : point;
    const weight = 'position' in point ? point.weight : 1;
    // h3-js takes latitude first, unlike GeoJSON: a swap would silently put London in Antarctica.
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      throw new RangeError(`point ${index} is not a [longitude, latitude] (got [${lng}, ${lat}])`);
    }
    if (!Number.isFinite(weight)) throw new RangeError(`point ${index} has a weight that is not a number (got ${weight})`);
    const cell = latLngToCell(lat, lng, resolution);
    const total = totals.get(cell) ?? { cell, count: 0, weight: 0 };
    total.count += 1;
    total.weight += weight;
    totals.set(cell, total);
  });
  return [...totals.values()].sort((a, b) => (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
}

/**
 * Only the cells counting at least `minimumCount` points; the others are dropped, not merged
 * into their parent cell. A parent would overlap the children kept beside it (H3 children do not
 * even tile their parent exactly), drawing hexagons on top of each other, and a parent holding
 * only the small cells' remainder could be told apart from its children by subtraction. Dropping
 * keeps one clean grid at one resolution: a map shows "fewer than k" as no cell.
 */
export function suppressSmallCounts(cells: readonly H3CellTotal[], minimumCount: number): H3CellTotal[] {
  return cells.filter((cell) => cell.count >= minimumCount);
}

/** The cell's hexagon (or pentagon) as a GeoJSON Polygon: one closed ring in [lng, lat]. */
export function h3CellPolygon(cell: string): AreaGeometry & { type: 'Polygon' } {
  // `true` asks h3-js for GeoJSON order and a closed ring; by default it gives open [lat, lng].
  const ring = cellToBoundary(cell, true).map(([lng, lat]): LngLat => [lng, lat]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** The cells as a GeoJSON FeatureCollection a map can draw, each with its count and weight. */
export function h3CellsAsGeoJson(cells: readonly H3CellTotal[]): AreaCollection<H3CellTotal> {
  return {
    type: 'FeatureCollection',
    features: cells.map((total) => ({ type: 'Feature', properties: { ...total }, geometry: h3CellPolygon(total.cell) })),
  };
}
