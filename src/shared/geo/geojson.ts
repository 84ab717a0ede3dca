/**
 * The few GeoJSON shapes Guichet reads and writes (areas: Polygon and MultiPolygon, in
 * [lng, lat] order), and the one way they are written to disk so that files diff well.
 */
import type { LngLat } from './distance.ts';

/** A closed ring: at least four positions, the last repeating the first. */
export type LinearRing = readonly LngLat[];
/** The exterior ring first, then any holes. */
export type PolygonRings = readonly LinearRing[];

export type AreaGeometry =
  | { type: 'Polygon'; coordinates: PolygonRings }
  | { type: 'MultiPolygon'; coordinates: readonly PolygonRings[] };

export interface AreaFeature<Properties> {
  type: 'Feature';
  properties: Properties;
  geometry: AreaGeometry;
}

export interface AreaCollection<Properties> {
  type: 'FeatureCollection';
  features: readonly AreaFeature<Properties>[];
}

/** Every polygon of the geometry, so callers need not tell Polygon from MultiPolygon. */
export function polygonsOf(geometry: AreaGeometry): readonly PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Five decimals is about a metre: finer than any boundary Guichet draws, and a third the bytes. */
export const COORDINATE_DECIMALS = 5;

export function roundCoordinate(value: number, decimals = COORDINATE_DECIMALS): number {
  const scale = 10 ** decimals;
  // Dividing the rounded integer gives the double nearest the short decimal, so it prints short.
  return Math.round(value * scale) / scale + 0; // `+ 0` turns -0 into 0.
}

/**
 * The ring with rounded positions and without the repeats rounding creates; `null` when it no
 * longer encloses anything (fewer than four positions), as happens to slivers a metre wide.
 */
export function roundRing(ring: LinearRing, decimals = COORDINATE_DECIMALS): LngLat[] | null {
  const rounded: LngLat[] = [];
  for (const [lng, lat] of ring) {
    const position: LngLat = [roundCoordinate(lng, decimals), roundCoordinate(lat, decimals)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) rounded.push(position);
  }
  return rounded.length >= 4 ? rounded : null;
}

/** The geometry with every ring rounded; rings and polygons that vanish are left out, `null` if all do. */
export function roundGeometry(geometry: AreaGeometry, decimals = COORDINATE_DECIMALS): AreaGeometry | null {
  const polygons: LngLat[][][] = [];
  for (const polygon of polygonsOf(geometry)) {
    const [exterior, ...holes] = polygon.map((ring) => roundRing(ring, decimals));
    if (!exterior) continue;
    polygons.push([exterior, ...holes.filter((hole): hole is LngLat[] => hole !== null)]);
  }
  if (polygons.length === 0) return null;
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** The collection as text, one feature a line: a changed boundary shows as one changed line. */
export function formatAreaCollection<Properties>(collection: AreaCollection<Properties>): string {
  const features = collection.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}
