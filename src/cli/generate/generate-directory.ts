/**
 * The seeded demo generator: a plausible London & Middlesex directory of any size. The demo
 * data in `data/` is its output (150+ services), and benchmarks ask it for 60,000 services.
 * Every record is marked `guichet_sample` so no one mistakes it for a real listing.
 */
import { directorySchema, type Directory, type Location, type Organization, type Service, type ServiceAtLocation } from '../../shared/schema/directory.ts';
import { needTerms } from '../../shared/taxonomy/taxonomy.ts';
import { LONDON_MIDDLESEX_FSAS } from '../../shared/geo/region-fsas.ts';
import { DEFAULT_REGION_ID, knownRegions } from '../../shared/regions.ts';
import { createRandom, type Random } from './random.ts';
import { organizationPatterns, neighbourhoods, streetsByFsa } from './places.ts';
import { createService } from './generate-service.ts';

export interface GenerateOptions {
  seed: number;
  serviceCount: number;
  /** The day "last verified" dates count back from; fixed so the output is reproducible. */
  today?: string;
}

const POSTAL_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
const fsaCodes = Object.keys(LONDON_MIDDLESEX_FSAS);

function slugify(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function postalCode(random: Random, fsa: string): string {
  return `${fsa} ${random.int(0, 9)}${random.pick([...POSTAL_LETTERS])}${random.int(0, 9)}`;
}

/** A fictional number: 555-01xx is reserved for fiction in the North American plan. */
function phoneNumber(random: Random): string {
  return `519-555-01${String(random.int(0, 99)).padStart(2, '0')}`;
}

function createOrganization(random: Random, index: number): Organization {
  const place = neighbourhoods[index % neighbourhoods.length]!;
  const pattern = organizationPatterns[Math.floor(index / neighbourhoods.length) % organizationPatterns.length]!;
  const round = Math.floor(index / (neighbourhoods.length * organizationPatterns.length));
  const name = pattern.replace('{place}', place) + (round > 0 ? ` ${round + 1}` : '');
  const slug = slugify(name);
  return {
    id: `org-${String(index + 1).padStart(5, '0')}`,
    name,
    description: `${name} serves newcomers and their families in London and Middlesex County.`,
    email: `info@${slug}.example.org`,
    website: `https://${slug}.example.org`,
    phones: [{ id: `org-${index + 1}-phone`, number: phoneNumber(random), type: 'voice', languages: [] }],
    guichet_source_language: 'en',
    guichet_sample: true,
  };
}

function createLocation(random: Random, organization: Organization, index: number): Location {
  const fsa = fsaCodes[index % fsaCodes.length]!;
  const [lng, lat] = LONDON_MIDDLESEX_FSAS[fsa]!;
  const id = `loc-${String(index + 1).padStart(5, '0')}`;
  const wheelchair = random.next();
  return {
    id,
    // Online delivery is a property of the service (`guichet_delivery`); every generated site is a place.
    location_type: 'physical',
    organization_id: organization.id,
    name: random.chance(0.5) ? organization.name : `${organization.name}, ${fsa === 'N7G' ? 'Strathroy' : 'London'} site`,
    // Spread sites around the FSA centroid, about ±1 km.
    latitude: Number((lat + (random.next() - 0.5) * 0.018).toFixed(5)),
    longitude: Number((lng + (random.next() - 0.5) * 0.024).toFixed(5)),
    transportation: `LTC bus route ${random.int(1, 39)} stops nearby.`,
    addresses: [
      {
        id: `${id}-address`,
        location_id: id,
        address_1: `${random.int(10, 1999)} ${random.pick(streetsByFsa[fsa]!)}`,
        city: fsa === 'N7G' ? 'Strathroy' : 'London',
        state_province: 'ON',
        postal_code: postalCode(random, fsa),
        country: 'CA',
        address_type: 'physical',
      },
    ],
    accessibility: wheelchair < 0.7 ? [{ id: `${id}-access`, location_id: id, description: 'Step-free entrance and accessible washroom.' }] : [],
    guichet_wheelchair_accessible: wheelchair < 0.7 ? true : wheelchair < 0.85 ? false : null,
    guichet_source_language: 'en',
    guichet_sample: true,
  };
}

export function generateDirectory({ seed, serviceCount, today = '2026-11-01' }: GenerateOptions): Directory {
  const random = createRandom(seed);
  // Ratios of the real London directory: about 2.5 services per organization, 1.7 sites each.
  const organizationCount = Math.max(1, Math.round(serviceCount / 2.5));
  const organizations = Array.from({ length: organizationCount }, (_, i) => createOrganization(random, i));
  const locations: Location[] = [];
  const sitesByOrganization = new Map<string, Location[]>();
  for (const organization of organizations) {
    const sites: Location[] = [];
    for (let n = random.chance(0.7) ? 2 : 1; n > 0; n--) sites.push(createLocation(random, organization, locations.length + sites.length));
    locations.push(...sites);
    sitesByOrganization.set(organization.id, sites);
  }

  const services: Service[] = [];
  const serviceAtLocations: ServiceAtLocation[] = [];
  for (let i = 0; i < serviceCount; i++) {
    // Walk the taxonomy first so even a small directory covers every term.
    const term = i < needTerms.length ? needTerms[i]! : random.pick(needTerms);
    const organization = organizations[i % organizationCount]!;
    const service = createService(random, { index: i, term, organization, today });
    services.push(service);
    const sites = sitesByOrganization.get(organization.id)!;
    for (const site of random.chance(0.25) ? sites : [random.pick(sites)]) {
      serviceAtLocations.push({ id: `${service.id}@${site.id}`, service_id: service.id, location_id: site.id });
    }
  }

  return {
    version: `demo-${seed}-${serviceCount}`,
    generated_at: `${today}T00:00:00.000Z`,
    region: knownRegions[DEFAULT_REGION_ID]!.region,
    organizations,
    services,
    locations,
    service_at_locations: serviceAtLocations,
  };
}

/** Generates and validates: the demo file must always satisfy the schema the app trusts. */
export function generateValidDirectory(options: GenerateOptions): Directory {
  return directorySchema.parse(generateDirectory(options));
}
