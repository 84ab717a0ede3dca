/** One generated service: names, hours, languages, eligibility, fees and documents. */
import type { Organization, Schedule, Service } from '../../shared/schema/directory.ts';
import type { Audience, ImmigrationStatus } from '../../shared/schema/extensions.ts';
import type { NeedTerm } from '../../shared/taxonomy/taxonomy.ts';
import type { Random } from './random.ts';
import { documents, spokenLanguages } from './places.ts';
import { serviceTemplates, sessionQualifiers } from './service-templates.ts';
import { costOptionText, documentTranslations, serviceTranslations } from './listing-translations.ts';

/** Terms funded by IRCC's settlement program, whose clients must hold PR or protected status. */
const SETTLEMENT_PROGRAM_TERMS = new Set([
  'settlement', 'refugee-support', 'language-assessment', 'language-classes', 'language-classes-clb-1-4',
  'language-classes-clb-5-8', 'job-language-training', 'employment', 'credential-recognition', 'citizenship',
]);
const SETTLEMENT_PROGRAM_STATUSES: ImmigrationStatus[] = ['permanent_resident', 'protected_person', 'resettled_refugee'];

type Hours = [string, string, string];
/** Weekly patterns [byday, opens, closes], evenings and weekends included. */
const SCHEDULE_PATTERNS: Hours[][] = [
  [['MO,TU,WE,TH,FR', '09:00', '17:00']],
  [['MO,TU,WE,TH,FR', '08:30', '16:30']],
  [['MO,TU,WE,TH', '09:00', '16:00'], ['TU,TH', '18:00', '20:30']],
  [['MO,WE', '18:00', '21:00']],
  [['SA', '10:00', '14:00']],
  [['TU,WE,TH,FR', '10:00', '18:00'], ['SA', '10:00', '16:00']],
  [['MO,TU,WE,TH,FR', '09:00', '12:00']],
  [['SU', '12:00', '16:00'], ['WE', '17:30', '20:00']],
];

const QUALIFIER_AUDIENCE: Record<string, Audience> = { 'for women': 'women', 'for youth': 'youth', 'for seniors': 'seniors' };
const EXTRA_AUDIENCES: Audience[] = ['francophones', 'lgbtq', 'families', 'disabilities'];

export interface ServiceSeed {
  index: number;
  term: NeedTerm;
  organization: Organization;
  today: string;
}

function daysBefore(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function createSchedules(random: Random, serviceId: string, qualifier: string | undefined): Schedule[] {
  const pattern =
    qualifier === 'evening session' ? SCHEDULE_PATTERNS[3]! : qualifier === 'Saturday session' ? SCHEDULE_PATTERNS[4]! : random.pick(SCHEDULE_PATTERNS);
  return pattern.map(([byday, opens_at, closes_at], i) => ({
    id: `${serviceId}-schedule-${i + 1}`,
    service_id: serviceId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday,
    opens_at,
    closes_at,
  }));
}

export function createService(random: Random, { index, term, organization, today }: ServiceSeed): Service {
  const id = `svc-${String(index + 1).padStart(5, '0')}`;
  const templates = serviceTemplates[term.id] ?? [];
  if (templates.length === 0) throw new Error(`No service template for taxonomy term "${term.id}"`);
  const templateIndex = random.int(0, templates.length - 1);
  const template = templates[templateIndex]!;
  const qualifierIndex = random.chance(0.3) ? random.int(0, sessionQualifiers.length - 1) : null;
  const qualifier = qualifierIndex === null ? undefined : sessionQualifiers[qualifierIndex];
  const name = qualifier ? `${template.name.en} (${qualifier.en})` : template.name.en;

  const audiences = new Set<Audience>();
  const qualifierAudience = qualifier && QUALIFIER_AUDIENCE[qualifier.en];
  if (qualifierAudience) audiences.add(qualifierAudience);
  if (random.chance(0.15)) audiences.add(random.pick(EXTRA_AUDIENCES));
  const statuses = SETTLEMENT_PROGRAM_TERMS.has(term.id) && !random.chance(0.25)
    ? SETTLEMENT_PROGRAM_STATUSES
    : random.chance(0.1) ? ['international_student', 'temporary_foreign_worker', 'permanent_resident'] satisfies ImmigrationStatus[] : null;

  const online = qualifier?.en === 'online';
  const languageCodes = new Map([['en', 'English'], ...random.sample(spokenLanguages, random.int(0, 3)).map((l) => [l.code, l.name] as const)]);
  const free = random.chance(0.85);
  const documentIndexes = random.sample([...documents.keys()], statuses ? random.int(1, 3) : random.int(0, 1));
  const cost = costOptionText(free ? 'free' : 'registrationFee');
  // One listing in five exists only in English, as many real ones do.
  const untranslated = random.chance(0.2);

  return {
    id,
    organization_id: organization.id,
    name,
    description: template.description.en,
    email: organization.email,
    url: organization.website,
    status: random.chance(0.03) ? 'temporarily closed' : 'active',
    minimum_age: audiences.has('youth') ? 15 : audiences.has('seniors') ? 55 : 18,
    maximum_age: audiences.has('youth') ? 30 : null,
    assured_date: daysBefore(today, random.int(0, 400)),
    phones: random.chance(0.5) ? [{ id: `${id}-phone`, service_id: id, number: `519-555-01${String(random.int(0, 99)).padStart(2, '0')}`, type: 'voice' }] : [],
    schedules: createSchedules(random, id, qualifier?.en),
    languages: [...languageCodes].map(([code, languageName]) => ({ id: `${id}-lang-${code}`, service_id: id, code, name: languageName })),
    cost_options: [
      { id: `${id}-cost`, service_id: id, option: cost.text, amount: free ? 0 : random.pick([10, 20, 25, 40]), currency: 'CAD', guichet_translations: cost.translations },
    ],
    required_documents: documentIndexes.map((documentIndex, i) => ({
      id: `${id}-doc-${i + 1}`,
      service_id: id,
      document: documents[documentIndex]!.en,
      guichet_translations: documentTranslations(documentIndex),
    })),
    capacities: random.chance(0.1) ? [{ id: `${id}-capacity`, service_id: id, available: 0, maximum: random.int(12, 30), description: 'Waitlist', updated: `${today}T09:00:00Z` }] : [],
    attributes: [{ id: `${id}-category`, link_id: id, link_entity: 'service', taxonomy_term_id: term.id }],
    guichet_source_language: 'en',
    guichet_translations: untranslated ? undefined : serviceTranslations(term.id, templateIndex, qualifierIndex, random.chance(0.3)),
    guichet_eligibility: { statuses, audiences: [...audiences] },
    guichet_delivery: online ? ['virtual'] : random.chance(0.2) ? ['in_person', 'phone'] : ['in_person'],
    guichet_sample: true,
  };
}
