/**
 * `npx tsx src/cli/geo/generate-region-geography.ts`: rewrites data/geo/<region>.geojson for
 * every known region. Run it after changing a region's FSA centroids; a test fails until then.
 */
import { fileURLToPath } from 'node:url';
import { formatAreaCollection } from '../../shared/geo/geojson.ts';
import { knownRegions } from '../../shared/regions.ts';
import { writeFileAtomically } from '../write-file-atomically.ts';
import { buildRegionGeography, regionGeographyPath } from './region-geography.ts';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

for (const region of Object.values(knownRegions)) {
  const path = regionGeographyPath(region.region.id);
  const geography = buildRegionGeography(region);
  await writeFileAtomically(`${projectRoot}${path}`, formatAreaCollection(geography));
  console.log(`Wrote ${path}: the outline of ${region.region.name} and ${geography.features.length - 1} FSA areas.`);
}
