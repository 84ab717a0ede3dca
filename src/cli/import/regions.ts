/**
 * Regions an import can target (`--region ID`): what goes in the directory's `region`, and the
 * FSA centroids used to notice coordinates that are nowhere near their postal code.
 */
import type { Region } from '../../shared/schema/directory.ts';
import type { LngLat } from '../../shared/geo/distance.ts';
import { LONDON_MIDDLESEX_FSAS } from '../../shared/geo/region-fsas.ts';

export interface ImportRegion {
  region: Region;
  fsaCentroids: Readonly<Record<string, LngLat>>;
}

export const DEFAULT_REGION_ID = 'london-middlesex';

export const importRegions: Readonly<Record<string, ImportRegion>> = {
  'london-middlesex': {
    region: { id: 'london-middlesex', name: 'London & Middlesex', timezone: 'America/Toronto', center: [-81.25, 42.98] },
    fsaCentroids: LONDON_MIDDLESEX_FSAS,
  },
};

export function findImportRegion(id: string): ImportRegion | undefined {
  return Object.hasOwn(importRegions, id) ? importRegions[id] : undefined;
}
