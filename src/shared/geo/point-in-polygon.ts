/**
 * Whether a point lies inside an area, by counting how many edges a ray from it crosses (odd:
 * inside). Works in raw [lng, lat]: crossing an edge is the same in degrees as on the ground.
 * A point exactly on an edge may count as inside either neighbour, which for adjacent areas
 * only decides which of the two it gets.
 */
import type { LngLat } from './distance.ts';
import { polygonsOf, type AreaGeometry, type LinearRing, type PolygonRings } from './geojson.ts';

export function isPointInRing(point: LngLat, ring: LinearRing): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    // The edge straddles the ray's height, and the ray (going east) meets it right of the point.
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the exterior ring and outside every hole. */
export function isPointInPolygon(point: LngLat, [exterior, ...holes]: PolygonRings): boolean {
  return exterior !== undefined && isPointInRing(point, exterior) && !holes.some((hole) => isPointInRing(point, hole));
}

export function isPointInArea(point: LngLat, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some((polygon) => isPointInPolygon(point, polygon));
}
