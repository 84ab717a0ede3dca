/**
 * A region's outline from its FSA centroids alone: the convex hull of the centroids, grown by a
 * margin so that the outer FSAs get an area around their centroid and not just up to it.
 */
import type { LngLat } from './distance.ts';
import { localPlaneAround, meanPoint, type PlanePoint } from './local-plane.ts';
import { closeRing } from './ring.ts';

/** The convex hull, counter-clockwise and open (no repeated vertex), by Andrew's monotone chain. */
export function convexHull(points: readonly PlanePoint[]): PlanePoint[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  // Positive when o → a → b turns left (counter-clockwise).
  const turn = (o: PlanePoint, a: PlanePoint, b: PlanePoint) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const chain = (ordered: readonly PlanePoint[]) => {
    const hull: PlanePoint[] = [];
    for (const point of ordered) {
      while (hull.length >= 2 && turn(hull[hull.length - 2]!, hull[hull.length - 1]!, point) <= 0) hull.pop();
      hull.push(point);
    }
    // The last point starts the other chain.
    return hull.slice(0, -1);
  };
  return [...chain(sorted), ...chain([...sorted].reverse())];
}

/**
 * The convex hull of `points` grown by `marginKm` on the ground, as a closed counter-clockwise
 * ring in [lng, lat]. It is the hull of a circle around every point, each circle drawn with
 * `circleVertices` vertices: rounded corners with no special cases for one or two points.
 */
export function bufferedConvexHull(points: readonly LngLat[], marginKm: number, circleVertices = 16): LngLat[] {
  if (points.length === 0) return [];
  const plane = localPlaneAround(meanPoint(points));
  const around = (center: PlanePoint): PlanePoint[] =>
    Array.from({ length: circleVertices }, (_, step) => {
      const angle = (2 * Math.PI * step) / circleVertices;
      return [center[0] + marginKm * Math.cos(angle), center[1] + marginKm * Math.sin(angle)];
    });
  const hull = convexHull(points.flatMap((point) => around(plane.toPlane(point))));
  return closeRing(hull.map((vertex) => plane.toLngLat(vertex)));
}
