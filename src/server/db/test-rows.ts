/** Valid rows for tests, each a fresh object; pass overrides for what the test is about. */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { NewReferral, OrganizationTable, RegionTable } from './schema.ts';

const AT = '2025-03-01T14:00:00.000Z';

export function createRegionRow(overrides: Partial<Insertable<RegionTable>> = {}): Insertable<RegionTable> {
  return { id: randomUUID(), name: 'London–Middlesex', timezone: 'America/Toronto', created_at: AT, ...overrides };
}

export function createOrganizationRow(regionId: string, overrides: Partial<Insertable<OrganizationTable>> = {}): Insertable<OrganizationTable> {
  return { id: randomUUID(), region_id: regionId, name: 'Settlement Centre', intake_email: null, created_at: AT, ...overrides };
}

export function createReferralRow(regionId: string, organizationId: string, overrides: Partial<NewReferral> = {}): NewReferral {
  const id = randomUUID();
  return {
    id,
    reference_code: id.slice(0, 8).toUpperCase(),
    status_token_hash: `hash-of-${id}`,
    region_id: regionId,
    organization_id: organizationId,
    service_id: 'service-1',
    forwarded_from_id: null,
    source: 'self',
    referring_organization_id: null,
    status: 'requested',
    person_name: 'Amal',
    contact_phone: '+15195550100',
    contact_sms: null,
    contact_email: null,
    contact_whatsapp: null,
    need_note: null,
    preferred_language: 'ar',
    interpreter_needed: 1,
    fsa: 'N6A',
    need_categories: '["language"]',
    health_consent: 0,
    consent_text_version: '1',
    consent_allows_forward: 0,
    consent_language: 'ar',
    consent_at: AT,
    idempotency_key: randomUUID(),
    request_hash: `request-of-${id}`,
    created_at: AT,
    updated_at: AT,
    first_response_at: null,
    closed_at: null,
    purged_at: null,
    ...overrides,
  };
}
