/**
 * What one version of a listing changed against the one before, field by field, so a provider
 * or the LIP reads "Service X: hours changed" rather than comparing two documents. Values are
 * kept whole (schedules stay schedules) for the page to show in the reader's language.
 */
import type { OrganizationListing } from './listing-document.ts';

export type ListingRecordKind = 'organization' | 'service' | 'location';

export interface ListingChange {
  record: ListingRecordKind;
  id: string;
  /** The record's name after the change (before, for a removal). */
  name: string;
  /** `added`, `removed`, or the changed field: `schedules`, `guichet_translations.ar.name`... */
  field: string;
  before?: unknown;
  after?: unknown;
}

type Fields = Record<string, unknown>;

/** Undefined, null and an empty list all mean "not given": formats and editors differ on which they write. */
const notGiven = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0);

/** Key order does not matter, nor how "not given" is written. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (notGiven(a) || notGiven(b)) return notGiven(a) && notGiven(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue((a as Fields)[key], (b as Fields)[key]));
}

function fieldChanges(record: ListingRecordKind, id: string, name: string, before: Fields, after: Fields): ListingChange[] {
  const changes: ListingChange[] = [];
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of [...fields].sort()) {
    if (sameValue(before[field], after[field])) continue;
    if (field === 'guichet_translations') {
      // One line per language and field: "Arabic name added" is what the reader wants to see.
      const was = (before[field] ?? {}) as Record<string, Fields>;
      const now = (after[field] ?? {}) as Record<string, Fields>;
      for (const language of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
        for (const text of [...new Set([...Object.keys(was[language] ?? {}), ...Object.keys(now[language] ?? {})])].sort()) {
          const a = was[language]?.[text];
          const b = now[language]?.[text];
          if (!sameValue(a, b)) changes.push({ record, id, name, field: `guichet_translations.${language}.${text}`, before: a, after: b });
        }
      }
      continue;
    }
    changes.push({ record, id, name, field, before: before[field], after: after[field] });
  }
  return changes;
}

function recordChanges<T extends { id: string; name?: string | null }>(kind: ListingRecordKind, before: readonly T[], after: readonly T[]): ListingChange[] {
  const previous = new Map(before.map((record) => [record.id, record]));
  const current = new Set(after.map((record) => record.id));
  const changes: ListingChange[] = [];
  for (const record of after) {
    const was = previous.get(record.id);
    const name = record.name ?? record.id;
    if (!was) changes.push({ record: kind, id: record.id, name, field: 'added', after: record });
    else changes.push(...fieldChanges(kind, record.id, name, was as Fields, record as Fields));
  }
  for (const record of before) {
    if (!current.has(record.id)) changes.push({ record: kind, id: record.id, name: record.name ?? record.id, field: 'removed', before: record });
  }
  return changes;
}

/** Every change from `before` (null: nothing published yet) to `after`. */
export function listingChanges(before: OrganizationListing | null, after: OrganizationListing): ListingChange[] {
  const organization = before
    ? fieldChanges('organization', after.organization.id, after.organization.name, before.organization as Fields, after.organization as Fields)
    : [{ record: 'organization' as const, id: after.organization.id, name: after.organization.name, field: 'added', after: after.organization }];
  // Where a service is offered is part of the service, as readers see it.
  const links = (listing: OrganizationListing | null) =>
    (listing?.services ?? []).map((service) => ({
      ...service,
      locations: (listing?.service_at_locations ?? []).filter((link) => link.service_id === service.id).map((link) => link.location_id).sort(),
    }));
  return [...organization, ...recordChanges('service', links(before), links(after)), ...recordChanges('location', before?.locations ?? [], after.locations)];
}

/** Services whose own content differs: publishing them counts as verifying them. */
export function changedServiceIds(changes: readonly ListingChange[]): Set<string> {
  return new Set(changes.filter((change) => change.record === 'service' && change.field !== 'removed').map((change) => change.id));
}
