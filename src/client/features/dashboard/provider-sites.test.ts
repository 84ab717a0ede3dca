import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../../cli/generate/generate-directory.ts';
import { categoriesOf, isListed, locationsByService } from '../../../shared/directory/service-facts.ts';
import { providerSites } from './provider-sites.ts';

const directory = generateDirectory({ seed: 7, serviceCount: 300 });
const siteIdsOf = (serviceIds: string[]) => {
  const locations = locationsByService(directory);
  return new Set(serviceIds.flatMap((id) => (locations.get(id) ?? []).filter((site) => site.latitude != null).map((site) => `${site.longitude},${site.latitude}`)));
};
const pointsOf = (collection: ReturnType<typeof providerSites>) => new Set(collection.features.map((feature) => feature.geometry.coordinates.join(',')));

describe('provider sites on the gap map', () => {
  it('are the sites of the listed services of the chosen category, narrower categories included', () => {
    const housing = directory.services.filter((service) => isListed(service) && categoriesOf(service).includes('housing')).map((service) => service.id);
    expect(housing.length).toBeGreaterThan(0);
    expect(pointsOf(providerSites(directory, { dimension: 'category', value: 'housing' }))).toEqual(siteIdsOf(housing));
  });

  it('are narrowed by the language a service offers, and are every listed site otherwise', () => {
    const arabic = directory.services.filter((service) => isListed(service) && service.languages?.some((entry) => entry.code === 'ar')).map((service) => service.id);
    expect(pointsOf(providerSites(directory, { dimension: 'language', value: 'ar' }))).toEqual(siteIdsOf(arabic));
    const all = providerSites(directory, null);
    expect(pointsOf(all)).toEqual(siteIdsOf(directory.services.filter(isListed).map((service) => service.id)));
    expect(all.features.length).toBeGreaterThan(providerSites(directory, { dimension: 'language', value: 'ar' }).features.length);
  });
});
