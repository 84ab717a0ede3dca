/**
 * Which FSA a position is in, from FSA areas alone: how a device's location becomes the FSA the
 * product works with, offline and without sending the location anywhere.
 */
import type { LngLat } from './distance.ts';
import { polygonsOf, type AreaCollection, type AreaGeometry, type LinearRing } from './geojson.ts';
import { isPointInArea } from './point-in-polygon.ts';
import { nearestFsa } from './region-fsas.ts';
import { ringCentroid, signedArea } from './ring.ts';

export interface FsaArea {
  fsa: string;
  geometry: AreaGeometry;
}

/**
 * The FSA whose area contains the point; outside every area (beyond the region's edge, or in a
 * gap between simplified boundaries), the FSA with the nearest centroid, so a device just outside
 * the region still gets its closest FSA. `null` only when there are no areas.
 */
export function fsaAt(point: LngLat, areas: readonly FsaArea[]): string | null {
  const containing = areas.find((area) => isPointInArea(point, area.geometry));
  if (containing) return containing.fsa;
  const centroids: Record<string, LngLat> = {};
  for (const area of areas) {
    const centroid = areaCentroid(area.geometry);
    if (centroid) centroids[area.fsa] = centroid;
  }
  return nearestFsa(point, centroids);
}

/**
 * The centroid of the area's largest polygon (for an FSA split by a river, its main part);
 * `null` for a geometry with no polygon at all.
 */
export function areaCentroid(geometry: AreaGeometry): LngLat | null {
  let largest: LinearRing | null = null;
  for (const [exterior] of polygonsOf(geometry)) {
    if (exterior && (!largest || Math.abs(signedArea(exterior)) > Math.abs(signedArea(largest)))) largest = exterior;
  }
  return largest && largest.length > 0 ? ringCentroid(largest) : null;
}

/**
 * The FSA areas of a GeoJSON collection: the region file written by the geography generator
 * (`{ kind: 'fsa', fsa }`) or boundaries imported with `import -- geo fsa` (`{ kind: 'fsa', id }`).
 */
export function fsaAreasOf(collection: AreaCollection<{ kind: string; fsa?: string; id?: string }>): FsaArea[] {
  return collection.features.flatMap(({ properties, geometry }) => {
    const fsa = properties.fsa ?? properties.id;
    return properties.kind === 'fsa' && fsa ? [{ fsa, geometry }] : [];
  });
}
