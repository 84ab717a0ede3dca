/**
 * Checks a GeoJSON area geometry from outside the project, position by position, and names the
 * first thing wrong with it by its JSON path (`geometry.coordinates[0][12]`), so a data steward
 * can find it. Only the first problem of a geometry is reported: one mistake (say, latitude and
 * longitude swapped) would otherwise fill the terminal with one line per position.
 */
import type { LngLat } from '../../shared/geo/distance.ts';
import type { AreaGeometry } from '../../shared/geo/geojson.ts';

export type GeometryCheck = { geometry: AreaGeometry } | { field: string; problem: string };

/** Canada's rough extent, in degrees: enough to catch swapped or projected coordinates. */
export const CANADA_BOUNDS = { west: -142, east: -52, south: 41, north: 84 } as const;

class GeometryProblem extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(problem);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a short quotation for a message: `"Point"`, `[null, 42.9]`, `nothing`. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function checkAreaGeometry(value: unknown): GeometryCheck {
  try {
    return { geometry: readAreaGeometry(value) };
  } catch (error) {
    if (error instanceof GeometryProblem) return { field: error.field, problem: error.message };
    throw error;
  }
}

function readAreaGeometry(value: unknown): AreaGeometry {
  if (value === undefined || value === null) throw new GeometryProblem('geometry', 'missing');
  if (!isObject(value)) throw new GeometryProblem('geometry', `must be a GeoJSON geometry object (got ${quote(value)})`);
  const path = 'geometry.coordinates';
  if (value.type === 'Polygon') return { type: 'Polygon', coordinates: readPolygon(value.coordinates, path) };
  if (value.type === 'MultiPolygon') {
    const polygons = readList(value.coordinates, path, 'a list of polygons');
    return { type: 'MultiPolygon', coordinates: polygons.map((polygon, index) => readPolygon(polygon, `${path}[${index}]`)) };
  }
  throw new GeometryProblem('geometry.type', `must be Polygon or MultiPolygon (got ${quote(value.type)})`);
}

function readList(value: unknown, path: string, what: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw new GeometryProblem(path, `must be ${what} (got ${quote(value)})`);
  return value;
}

function readPolygon(value: unknown, path: string): LngLat[][] {
  return readList(value, path, 'a list of rings, the outer ring first').map((ring, index) => readRing(ring, `${path}[${index}]`));
}

function readRing(value: unknown, path: string): LngLat[] {
  const ring = readList(value, path, 'a list of [longitude, latitude] positions');
  if (ring.length < 4) throw new GeometryProblem(path, `a ring needs at least 4 positions, the last repeating the first (got ${ring.length})`);
  const positions = ring.map((position, index) => readPosition(position, `${path}[${index}]`));
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new GeometryProblem(path, `ring is not closed: it starts at ${quote(first)} but ends at ${quote(last)}`);
  }
  return positions;
}

function readPosition(value: unknown, path: string): LngLat {
  if (!Array.isArray(value) || value.length < 2) throw new GeometryProblem(path, `must be a [longitude, latitude] position (got ${quote(value)})`);
  const [lng, lat] = value as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new GeometryProblem(path, `longitude and latitude must be finite numbers (got ${quote(value)})`);
  }
  if (!isInCanada(lng, lat)) {
    const { west, east, south, north } = CANADA_BOUNDS;
    const hint = isInCanada(lat, lng) ? '; are longitude and latitude swapped?' : '; is the file in degrees (EPSG:4326)?';
    throw new GeometryProblem(path, `${quote([lng, lat])} is outside Canada (longitude ${west} to ${east}, latitude ${south} to ${north})${hint}`);
  }
  // Any altitude is dropped: boundaries are flat.
  return [lng, lat];
}

function isInCanada(lng: number, lat: number): boolean {
  return lng >= CANADA_BOUNDS.west && lng <= CANADA_BOUNDS.east && lat >= CANADA_BOUNDS.south && lat <= CANADA_BOUNDS.north;
}
