/**
 * IRCC's service flags read as Guichet services: each "yes" that names a kind of help becomes one
 * service filed under the matching taxonomy term, and the audience flags say who it is for.
 */
import type { Audience, ImmigrationStatus } from '../../shared/schema/extensions.ts';
import type { Service, ServiceAtLocation } from '../../shared/schema/directory.ts';
import { findTerm, type NeedTerm } from '../../shared/taxonomy/taxonomy.ts';
import { stableId } from './records.ts';
import type { ImportReport, RowOrigin } from './report.ts';

/** Flags that name a kind of help, and the taxonomy term each is filed under. */
export const SERVICE_FLAG_TERMS: Readonly<Record<string, string>> = {
  Lang_assess: 'language-assessment',
  Lang_training: 'language-classes',
  Job_lang_training: 'job-language-training',
  General: 'settlement',
  Job_search: 'employment',
  Citzenship_test_prep: 'citizenship', // sic: the file spells it this way
  Volunteer: 'volunteering',
  Help_gar: 'refugee-support',
};

/** "Other" help is filed under settlement, but only when the site names nothing more specific. */
const OTHER_FLAG = 'Other';
const OTHER_TERM = 'settlement';

export const AUDIENCE_FLAGS: Readonly<Record<string, Audience>> = {
  Franco: 'francophones',
  Women: 'women',
  LGBTQ2: 'lgbtq',
  Seniors: 'seniors',
  Youth: 'youth',
};

/** "yes" means the site serves people in both official languages. */
const BILINGUAL_FLAG = 'EngFra';

/**
 * IRCC funds settlement services for permanent residents and for protected persons, which
 * includes resettled refugees; citizens, claimants, students and workers are not eligible.
 */
export const IRCC_FUNDED_STATUSES: readonly ImmigrationStatus[] = ['permanent_resident', 'protected_person', 'resettled_refugee'];

const LANGUAGE_NAMES = { en: 'English', fr: 'French' } as const;
type OfficialLanguage = keyof typeof LANGUAGE_NAMES;

const KNOWN_FLAGS = new Set([...Object.keys(SERVICE_FLAG_TERMS), ...Object.keys(AUDIENCE_FLAGS), OTHER_FLAG, BILINGUAL_FLAG]);

export interface SiteOffer {
  terms: NeedTerm[];
  audiences: Audience[];
  languages: OfficialLanguage[];
}

function requireTerm(id: string): NeedTerm {
  const term = findTerm(id);
  if (!term) throw new Error(`The taxonomy has no term "${id}", which the IRCC import maps a flag to.`);
  return term;
}

/**
 * What a site offers, from its flags. `unknownFlags` collects flag names seen for the first time,
 * so a new flag in a future file is reported once rather than on every row.
 */
export function readSiteOffer(flags: Record<string, string>, origin: RowOrigin, report: ImportReport, unknownFlags: Set<string>): SiteOffer {
  const isYes = (flag: string): boolean => {
    const value = (flags[flag] ?? '').trim().toLowerCase();
    if (value !== 'yes' && value !== 'no' && value !== '') {
      report.warning(origin, `Services.${flag}`, `"${flags[flag]}" is neither "yes" nor "no"; read as no`);
    }
    return value === 'yes';
  };
  for (const flag of Object.keys(flags)) {
    if (!KNOWN_FLAGS.has(flag) && !unknownFlags.has(flag)) {
      unknownFlags.add(flag);
      report.warning(origin, `Services.${flag}`, 'unknown service flag; ignored');
    }
  }
  const termIds = Object.entries(SERVICE_FLAG_TERMS)
    .filter(([flag]) => isYes(flag))
    .map(([, termId]) => termId);
  if (termIds.length === 0 && isYes(OTHER_FLAG)) termIds.push(OTHER_TERM);
  const audiences = Object.entries(AUDIENCE_FLAGS)
    .filter(([flag]) => isYes(flag))
    .map(([, audience]) => audience);
  // A site that serves francophones serves them in French even when EngFra is left blank,
  // which it is for every site in the 2022 file.
  const offersFrench = isYes(BILINGUAL_FLAG) || audiences.includes('francophones');
  return { terms: termIds.map(requireTerm), audiences, languages: offersFrench ? ['en', 'fr'] : ['en'] };
}

export interface SiteServiceContext {
  organizationId: string;
  locationId: string;
  website?: string | undefined;
  websiteFr?: string | undefined;
  email?: string | undefined;
}

/** One service (and its link to the site's location) per kind of help the site offers. */
export function buildSiteServices(offer: SiteOffer, site: SiteServiceContext): { services: Service[]; links: ServiceAtLocation[] } {
  const services = offer.terms.map((term): Service => {
    const id = stableId('ircc-service', site.locationId, term.id);
    const french: Record<string, { text: string; machine: boolean }> = { name: { text: term.labels.fr, machine: false } };
    if (site.websiteFr && site.websiteFr !== site.website) french.url = { text: site.websiteFr, machine: false };
    return {
      id,
      organization_id: site.organizationId,
      name: term.labels.en,
      url: site.website,
      email: site.email,
      status: 'active',
      languages: offer.languages.map((code) => ({ id: stableId('ircc-language', id, code), service_id: id, code, name: LANGUAGE_NAMES[code] })),
      attributes: [
        { id: stableId('ircc-attribute', id, term.id), link_id: id, link_entity: 'service', taxonomy_term_id: term.id, label: term.labels.en },
      ],
      guichet_source_language: 'en',
      guichet_translations: { fr: french },
      guichet_eligibility: { statuses: [...IRCC_FUNDED_STATUSES], audiences: [...offer.audiences] },
      // IRCC's tool lists "free newcomer services": the funding makes them free to the client.
      cost_options: [{ id: stableId('ircc-cost', id), service_id: id, option: 'Free', amount: 0, currency: 'CAD' }],
      // The tool lists walk-in sites: each is a place with a street address.
      guichet_delivery: ['in_person'],
    };
  });
  const links = services.map((service) => ({
    id: stableId('ircc-service-at-location', service.id, site.locationId),
    service_id: service.id,
    location_id: site.locationId,
  }));
  return { services, links };
}
