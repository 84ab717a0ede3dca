/**
 * Voronoi cells: the part of an area closer to each site than to any other. Used to give every
 * FSA of a region an area from its centroid alone, so a position can be mapped to an FSA offline
 * without shipping (or licensing) real boundaries.
 *
 * Each cell is the clip polygon cut by the perpendicular bisector between its site and every
 * other site (Sutherland–Hodgman against one half-plane at a time): O(n² × vertices), which is
 * nothing for the tens to hundreds of FSAs of a region, and far simpler to trust than Fortune's
 * sweep. The cutting is done on a local plane in kilometres, so that "closer" means closer on
 * the ground and not in stretched degrees.
 */
import type { LngLat } from './distance.ts';
import { localPlaneAround, meanPoint, type PlanePoint } from './local-plane.ts';
import { closeRing, openRing, signedArea } from './ring.ts';

// Vertices closer than this (in km, about a millimetre) are one vertex: clipping a vertex that
// lies exactly on a bisector would otherwise repeat it.
const SAME_VERTEX_KM = 1e-6;

/**
 * The Voronoi cell of each site, clipped to `clip` (a ring in [lng, lat], closed or open), as a
 * closed counter-clockwise ring in [lng, lat]; `null` for a site whose cell misses the clip area
 * entirely. Sites must be distinct. The clip area should be convex: a concave one still yields
 * cells of the right area, but a cell it cuts in two comes back as one ring joined by a
 * zero-width seam.
 */
export function voronoiCells(sites: readonly LngLat[], clip: readonly LngLat[]): (LngLat[] | null)[] {
  if (sites.length === 0) return [];
  const plane = localPlaneAround(meanPoint(sites));
  const planeSites = sites.map((site) => plane.toPlane(site));
  rejectRepeatedSites(planeSites);
  const clipRing = openRing(clip).map((point) => plane.toPlane(point));
  // Half-plane clipping keeps the winding it is given; GeoJSON wants exteriors counter-clockwise.
  if (signedArea(clipRing) < 0) clipRing.reverse();

  return planeSites.map((site, index) => {
    let cell: PlanePoint[] = clipRing;
    for (let other = 0; other < planeSites.length && cell.length >= 3; other++) {
      if (other !== index) cell = keepCloserTo(site, planeSites[other]!, cell);
    }
    if (cell.length < 3 || signedArea(cell) <= 0) return null;
    return closeRing(cell.map((point) => plane.toLngLat(point)));
  });
}

function rejectRepeatedSites(sites: readonly PlanePoint[]): void {
  const seen = new Map<string, number>();
  sites.forEach(([x, y], index) => {
    const key = `${x},${y}`;
    const earlier = seen.get(key);
    // Two sites at one point have no bisector: their cells would be the same area twice.
    if (earlier !== undefined) throw new RangeError(`sites ${earlier} and ${index} are the same point`);
    seen.set(key, index);
  });
}

/** The part of `polygon` at least as close to `site` as to `other`. */
function keepCloserTo(site: PlanePoint, other: PlanePoint, polygon: readonly PlanePoint[]): PlanePoint[] {
  const midpoint: PlanePoint = [(site[0] + other[0]) / 2, (site[1] + other[1]) / 2];
  const away: PlanePoint = [other[0] - site[0], other[1] - site[1]];
  // Positive beyond the bisector (on the other site's side), zero on it, negative on ours.
  const beyond = (point: PlanePoint) => (point[0] - midpoint[0]) * away[0] + (point[1] - midpoint[1]) * away[1];
  const kept: PlanePoint[] = [];
  polygon.forEach((current, index) => {
    const previous = polygon[(index + polygon.length - 1) % polygon.length]!;
    const currentBeyond = beyond(current);
    const previousBeyond = beyond(previous);
    if ((currentBeyond > 0) !== (previousBeyond > 0)) {
      const t = previousBeyond / (previousBeyond - currentBeyond);
      pushVertex(kept, [previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])]);
    }
    if (currentBeyond <= 0) pushVertex(kept, current);
  });
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (kept.length > 1 && first && last && isSameVertex(first, last)) kept.pop();
  return kept;
}

function pushVertex(vertices: PlanePoint[], vertex: PlanePoint): void {
  const last = vertices[vertices.length - 1];
  if (!last || !isSameVertex(last, vertex)) vertices.push(vertex);
}

function isSameVertex(a: PlanePoint, b: PlanePoint): boolean {
  return Math.abs(a[0] - b[0]) < SAME_VERTEX_KM && Math.abs(a[1] - b[1]) < SAME_VERTEX_KM;
}
