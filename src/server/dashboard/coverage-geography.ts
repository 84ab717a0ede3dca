/**
 * The FSA areas coverage is measured over: the server's areas file (imported StatCan boundaries
 * or the generated ones), sampled once per version of the file. Without one, each FSA of the
 * region is its centroid alone.
 */
import { fsaAreasOf } from '../../shared/geo/fsa-areas.ts';
import type { AreaCollection } from '../../shared/geo/geojson.ts';
import { findRegion } from '../../shared/regions.ts';
import type { JsonFileSource } from '../json-file-source.ts';
import type { CoverageGeography } from './coverage-view.ts';
import { sampleAreas } from './service-reach.ts';

type AreaProperties = { kind: string; fsa?: string; id?: string };

export function coverageGeography(areas: JsonFileSource<unknown> | undefined): (regionId: string) => CoverageGeography {
  let cached: { etag: string; geography: CoverageGeography } | null = null;
  return (regionId) => {
    if (areas) {
      const bundle = areas.current();
      if (cached?.etag !== bundle.etag) {
        const fsaAreas = fsaAreasOf(bundle.value as AreaCollection<AreaProperties>);
        cached = { etag: bundle.etag, geography: { areas: fsaAreas, sampled: sampleAreas(fsaAreas) } };
      }
      return cached.geography;
    }
    const centroids = Object.entries(findRegion(regionId)?.fsaCentroids ?? {});
    return { areas: [], sampled: centroids.map(([fsa, centroid]) => ({ fsa, centroid, samples: [centroid] })) };
  };
}
