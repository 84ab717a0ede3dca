/**
 * A flat map of a city-sized area, in kilometres east and north of an origin. Geometry that
 * assumes a plane (bisectors, areas, buffers) is done here rather than in raw degrees: at 43°N a
 * degree of longitude is only 0.73 of a degree of latitude, so in degrees "nearest" and "round"
 * would be stretched east–west.
 */
import type { LngLat } from './distance.ts';

/** A point on the local plane: [km east, km north] of the plane's origin. */
export type PlanePoint = readonly [number, number];

// One degree of latitude on the sphere of mean radius 6371.0088 km (the one distance.ts uses).
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

export interface LocalPlane {
  toPlane(point: LngLat): PlanePoint;
  toLngLat(point: PlanePoint): LngLat;
}

/**
 * An equirectangular projection centred on `origin`: exact enough within a few tens of
 * kilometres, which is all a region's FSAs span.
 */
export function localPlaneAround(origin: LngLat): LocalPlane {
  const [originLng, originLat] = origin;
  const kmPerDegreeLng = KM_PER_DEGREE * Math.cos((originLat * Math.PI) / 180);
  return {
    toPlane: ([lng, lat]) => [(lng - originLng) * kmPerDegreeLng, (lat - originLat) * KM_PER_DEGREE],
    toLngLat: ([east, north]) => [originLng + east / kmPerDegreeLng, originLat + north / KM_PER_DEGREE],
  };
}

/** The mean of the points: a good origin for a plane that has to cover all of them. */
export function meanPoint(points: readonly LngLat[]): LngLat {
  if (points.length === 0) throw new RangeError('the mean of no points is undefined');
  const sum = points.reduce<[number, number]>((total, [lng, lat]) => [total[0] + lng, total[1] + lat], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}
