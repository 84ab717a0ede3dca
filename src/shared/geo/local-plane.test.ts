import { describe, expect, it } from 'vitest';
import { distanceKm, type LngLat } from './distance.ts';
import { localPlaneAround, meanPoint } from './local-plane.ts';

describe('local plane', () => {
  it('keeps distances across a city within 0.1% of the great-circle distance', () => {
    const plane = localPlaneAround([-81.25, 42.98]);
    const downtown: LngLat = [-81.25, 42.995];
    const strathroy: LngLat = [-81.62, 42.955];
    const [a, b] = [plane.toPlane(downtown), plane.toPlane(strathroy)];
    const flat = Math.hypot(a[0] - b[0], a[1] - b[1]);
    expect(Math.abs(flat - distanceKm(downtown, strathroy)) / flat).toBeLessThan(0.001);
  });

  it('takes a point back to where it was', () => {
    const plane = localPlaneAround([-81.25, 42.98]);
    const [lng, lat] = plane.toLngLat(plane.toPlane([-81.355, 42.925]));
    expect(lng).toBeCloseTo(-81.355, 12);
    expect(lat).toBeCloseTo(42.925, 12);
  });

  it('centres on the mean of the points', () => {
    expect(meanPoint([[-81, 42], [-82, 44]])).toEqual([-81.5, 43]);
  });
});
