/**
 * The regions this deployment knows (one per Local Immigration Partnership): what a directory's
 * `region` says, and the FSA centroids that make distances work offline. A new region is one
 * entry here with its FSA table.
 */
import type { Region } from './schema/directory.ts';
import type { LngLat } from './geo/distance.ts';
import { LONDON_MIDDLESEX_FSAS } from './geo/region-fsas.ts';

export interface KnownRegion {
  region: Region;
  fsaCentroids: Readonly<Record<string, LngLat>>;
}

export const DEFAULT_REGION_ID = 'london-middlesex';

export const knownRegions: Readonly<Record<string, KnownRegion>> = {
  'london-middlesex': {
    region: { id: 'london-middlesex', name: 'London & Middlesex', timezone: 'America/Toronto', center: [-81.25, 42.98] },
    fsaCentroids: LONDON_MIDDLESEX_FSAS,
  },
};

export function findRegion(id: string): KnownRegion | undefined {
  return Object.hasOwn(knownRegions, id) ? knownRegions[id] : undefined;
}
