/**
 * The geography of a region, derived only from facts the project wrote itself (its FSA
 * centroids): an outline, and an area for each FSA. Real boundaries are Statistics Canada's and
 * an operator may import them (`npm run import -- geo fsa FILE`); these keep "which FSA am I in"
 * working offline in every deployment without them.
 */
import { bufferedConvexHull } from '../../shared/geo/convex-hull.ts';
import type { LngLat } from '../../shared/geo/distance.ts';
import { roundGeometry, type AreaCollection, type AreaFeature, type AreaGeometry } from '../../shared/geo/geojson.ts';
import { voronoiCells } from '../../shared/geo/voronoi.ts';
import type { KnownRegion } from '../../shared/regions.ts';

export type RegionGeographyProperties = { kind: 'region'; id: string; name: string } | { kind: 'fsa'; fsa: string };

/**
 * How far the outline reaches beyond the outermost centroids: about the radius of a suburban FSA,
 * so an FSA on the edge gets land on its far side too.
 */
export const REGION_MARGIN_KM = 3;

/** Where the geography of a region is committed, from the project root. */
export const regionGeographyPath = (regionId: string) => `data/geo/${regionId}.geojson`;

/** The region's outline, then one area per FSA (in FSA order): the Voronoi cells of the centroids within the outline. */
export function buildRegionGeography({ region, fsaCentroids }: KnownRegion): AreaCollection<RegionGeographyProperties> {
  const fsas = Object.keys(fsaCentroids).sort();
  const centroids = fsas.map((fsa) => fsaCentroids[fsa]!);
  const outline = bufferedConvexHull(centroids, REGION_MARGIN_KM);
  const cells = voronoiCells(centroids, outline);
  const features: AreaFeature<RegionGeographyProperties>[] = [
    areaFeature({ kind: 'region', id: region.id, name: region.name }, outline),
    ...fsas.map((fsa, index) => {
      const cell = cells[index];
      // Cannot happen for centroids inside their own buffered hull; said loudly if it ever does.
      if (!cell) throw new Error(`FSA ${fsa} of ${region.id} has no area inside the region outline`);
      return areaFeature({ kind: 'fsa', fsa }, cell);
    }),
  ];
  return { type: 'FeatureCollection', features };
}

function areaFeature(properties: RegionGeographyProperties, ring: LngLat[]): AreaFeature<RegionGeographyProperties> {
  const geometry: AreaGeometry = { type: 'Polygon', coordinates: [ring] };
  const rounded = roundGeometry(geometry);
  if (!rounded) throw new Error(`the area of ${JSON.stringify(properties)} is too small to draw`);
  return { type: 'Feature', properties, geometry: rounded };
}
