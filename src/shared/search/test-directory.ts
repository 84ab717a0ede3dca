/**
 * Factories for the search tests: each call builds fresh records, so no test can change
 * another's data. Only what a test names is set; the rest is the smallest valid record.
 */
import type { Directory, Organization, Service } from '../schema/directory.ts';

export interface ServiceSpec {
  id?: string;
  name: string;
  description?: string;
  /** Taxonomy term ids: the service's categories. */
  terms?: string[];
  organizationId?: string;
  /** `{ fr: { name: '…', description: '…' } }` */
  translations?: Record<string, Record<string, string>>;
}

let serviceCounter = 0;

export function createService(spec: ServiceSpec): Service {
  const id = spec.id ?? `service-${++serviceCounter}`;
  return {
    id,
    organization_id: spec.organizationId ?? 'organization-1',
    name: spec.name,
    description: spec.description ?? null,
    status: 'active',
    attributes: (spec.terms ?? []).map((term, i) => ({ id: `${id}-attribute-${i}`, taxonomy_term_id: term })),
    guichet_translations: spec.translations
      ? Object.fromEntries(
          Object.entries(spec.translations).map(([language, fields]) => [
            language,
            Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, { text, machine: false }])),
          ]),
        )
      : undefined,
  };
}

export function createOrganization(id: string, name: string): Organization {
  return { id, name };
}

export function createDirectory(services: Service[], organizations = [createOrganization('organization-1', 'Helping Hands')]): Directory {
  return {
    version: 'test',
    generated_at: '2025-01-01T00:00:00Z',
    region: { id: 'test', name: 'Test', timezone: 'America/Toronto', center: [-81.25, 42.98] },
    organizations,
    services,
    locations: [],
    service_at_locations: [],
  };
}
