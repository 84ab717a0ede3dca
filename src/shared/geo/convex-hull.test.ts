import { describe, expect, it } from 'vitest';
import type { LngLat } from './distance.ts';
import { bufferedConvexHull, convexHull } from './convex-hull.ts';
import { localPlaneAround, type PlanePoint } from './local-plane.ts';
import { isPointInRing } from './point-in-polygon.ts';
import { signedArea } from './ring.ts';

function createScatter(): LngLat[] {
  return [[-81.62, 42.955], [-81.25, 42.995], [-81.165, 43.02], [-81.265, 43.04], [-81.2, 42.9], [-81.3, 42.97]];
}

function distanceToSegment(point: PlanePoint, a: PlanePoint, b: PlanePoint): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy));
}

describe('convex hull', () => {
  it('keeps the corners and drops the points inside, counter-clockwise', () => {
    const points: PlanePoint[] = [[0, 0], [1, 1], [2, 0], [1, 0.5], [2, 2], [0, 2], [1, 0]];
    expect(convexHull(points)).toEqual([[0, 0], [2, 0], [2, 2], [0, 2]]);
  });
});

describe('buffered convex hull', () => {
  it('keeps every point at least the margin inside the outline, on the ground', () => {
    const points = createScatter();
    const outline = bufferedConvexHull(points, 3);
    const plane = localPlaneAround(points[0]!);
    const ring = outline.map((vertex) => plane.toPlane(vertex));
    for (const point of points) {
      expect(isPointInRing(point, outline)).toBe(true);
      const nearestEdge = Math.min(...ring.slice(1).map((vertex, index) => distanceToSegment(plane.toPlane(point), ring[index]!, vertex)));
      // The circles are drawn as 16-gons, whose edges come within cos(π/16) of the radius.
      expect(nearestEdge).toBeGreaterThan(3 * Math.cos(Math.PI / 16) - 0.01);
    }
  });

  it('is a closed counter-clockwise ring', () => {
    const outline = bufferedConvexHull(createScatter(), 3);
    expect(outline[0]).toEqual(outline[outline.length - 1]);
    expect(signedArea(outline)).toBeGreaterThan(0);
  });

  it('draws a single point as a circle of the margin', () => {
    const outline = bufferedConvexHull([[-81.25, 42.98]], 2, 16);
    expect(outline).toHaveLength(17);
  });
});
