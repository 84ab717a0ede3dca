/**
 * Where services of the chosen kind are: the mapped sites of listed services in the category
 * (or a narrower one) that offer the language, each with its FSA (from its postal code, or from
 * the area it stands in). All from the public directory.
 */
import { categoriesOf, isListed, locationsByService } from '../../shared/directory/service-facts.ts';
import { parseFsa } from '../../shared/geo/fsa.ts';
import { fsaAt, type FsaArea } from '../../shared/geo/fsa-areas.ts';
import type { LngLat } from '../../shared/geo/distance.ts';
import type { Directory } from '../../shared/schema/directory.ts';

export interface ServiceSites {
  /** Every matching site, once per service at it. */
  points: LngLat[];
  /** Matching services with at least one site in each FSA. */
  servicesByFsa: Map<string, number>;
}

export interface SiteFilter {
  category: string | null;
  language: string | null;
}

interface IndexedService {
  listed: boolean;
  categories: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  sites: { point: LngLat; postalFsa: string | null }[];
}

/** Each service's categories, languages and sites, worked out once per directory version. */
const indexes = new WeakMap<Directory, IndexedService[]>();

function indexOf(directory: Directory): IndexedService[] {
  let index = indexes.get(directory);
  if (!index) {
    const locations = locationsByService(directory);
    index = directory.services.map((service) => ({
      listed: isListed(service),
      categories: new Set(categoriesOf(service)),
      languages: new Set((service.languages ?? []).flatMap((language) => (language.code ? [language.code] : []))),
      sites: (locations.get(service.id) ?? []).flatMap((site) => {
        if (site.latitude == null || site.longitude == null) return [];
        const postal = site.addresses?.find((address) => address.postal_code)?.postal_code;
        return [{ point: [site.longitude, site.latitude] as LngLat, postalFsa: postal ? parseFsa(postal) : null }];
      }),
    }));
    indexes.set(directory, index);
  }
  return index;
}

export function serviceSites(directory: Directory, { category, language }: SiteFilter, areas: readonly FsaArea[]): ServiceSites {
  const points: LngLat[] = [];
  const servicesByFsa = new Map<string, number>();
  for (const service of indexOf(directory)) {
    if (!service.listed || (category && !service.categories.has(category)) || (language && !service.languages.has(language))) continue;
    const fsas = new Set<string>();
    for (const site of service.sites) {
      points.push(site.point);
      const fsa = site.postalFsa ?? fsaAt(site.point, areas);
      if (fsa) fsas.add(fsa);
    }
    for (const fsa of fsas) servicesByFsa.set(fsa, (servicesByFsa.get(fsa) ?? 0) + 1);
  }
  return { points, servicesByFsa };
}
