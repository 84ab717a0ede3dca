/**
 * Where services of the chosen kind are, for the gap map: the mapped sites of listed services in
 * the category (or a narrower one) that offer the language. The same services the server counts
 * for coverage (src/server/dashboard/coverage-sites.ts), from the public directory the page has.
 */
import type { DashboardSelection } from '../../../shared/dashboard/dashboard-contract.ts';
import { categoriesOf, isListed, locationsByService } from '../../../shared/directory/service-facts.ts';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Directory } from '../../../shared/schema/directory.ts';

/** One point per site, however many matching services share it. */
export function providerSites(directory: Directory, selection: DashboardSelection | null): FeatureCollection<Point> {
  const category = selection?.dimension === 'category' ? selection.value : null;
  const language = selection?.dimension === 'language' ? selection.value : null;
  const locations = locationsByService(directory);
  const sites = new Map<string, Feature<Point>>();
  for (const service of directory.services) {
    if (!isListed(service)) continue;
    if (category && !categoriesOf(service).includes(category)) continue;
    if (language && !(service.languages ?? []).some((entry) => entry.code === language)) continue;
    for (const site of locations.get(service.id) ?? []) {
      if (site.latitude == null || site.longitude == null || sites.has(site.id)) continue;
      sites.set(site.id, { type: 'Feature', geometry: { type: 'Point', coordinates: [site.longitude, site.latitude] }, properties: {} });
    }
  }
  return { type: 'FeatureCollection', features: [...sites.values()] };
}
