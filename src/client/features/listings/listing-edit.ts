/**
 * Changing a listing without mutating it: the editor keeps each version of the document it had,
 * so a save in flight and a keystroke never touch the same object.
 */
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import type { Schedule, Service } from '../../../shared/schema/directory.ts';
import type { TranslatedText, Translations } from '../../../shared/schema/extensions.ts';

export type Path = readonly (string | number)[];

/** The value at `path` replaced; every object on the way is copied, nothing else is. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container: unknown = root ?? (typeof head === 'number' ? [] : {});
  const current = (container as Record<string | number, unknown>)[head!];
  const next = setIn(current, rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = next;
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

export function getIn(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string | number, unknown>)[key]), root);
}

/** `services.0.name` as the id of the input that edits it, so an error path finds its input. */
export const inputIdOf = (path: Path | string) => `listing-${(typeof path === 'string' ? path : path.join('.')).replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** Empty text means "not given": HSDS leaves the field out rather than keeping "". */
export const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** One translated field set or, with empty text, removed (and an emptied language with it). */
export function withTranslation(translations: Translations | undefined, language: string, field: string, text: string, machine: boolean): Translations | undefined {
  const next: Translations = { ...translations };
  const fields: Record<string, TranslatedText> = { ...next[language] };
  if (text.trim() === '') delete fields[field];
  else fields[field] = { text, machine };
  if (Object.keys(fields).length === 0) delete next[language];
  else next[language] = fields;
  return Object.keys(next).length === 0 ? undefined : next;
}

/** An id not used in the listing, readable in exports: `svc-00129-schedule-3`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function allIds(listing: OrganizationListing): string[] {
  const ids: string[] = [listing.organization.id, ...listing.locations.map((location) => location.id), ...listing.service_at_locations.map((link) => link.id)];
  for (const service of listing.services) {
    ids.push(service.id);
    for (const list of [service.schedules, service.phones, service.languages, service.cost_options, service.required_documents]) {
      for (const item of list ?? []) ids.push(item.id);
    }
  }
  return ids;
}

/** Weekly sessions are the schedules that are not closures; both keep their place in `schedules`. */
export const isClosure = (schedule: Schedule) => schedule.guichet_closed === true;

export function newSession(service: Service, taken: Iterable<string>): Schedule {
  return { id: freshId(`${service.id}-schedule`, taken), service_id: service.id, freq: 'WEEKLY', wkst: 'MO', byday: 'MO', opens_at: '09:00', closes_at: '17:00' };
}

export function newClosure(service: Service, taken: Iterable<string>, today: string): Schedule {
  return { id: freshId(`${service.id}-closure`, taken), service_id: service.id, guichet_closed: true, valid_from: today, valid_to: today, description: null };
}

/** Whether the service is offered at the location, and the listing with that changed. */
export function setOfferedAt(listing: OrganizationListing, serviceId: string, locationId: string, offered: boolean): OrganizationListing {
  const links = listing.service_at_locations.filter((link) => !(link.service_id === serviceId && link.location_id === locationId));
  if (offered) links.push({ id: freshId(`${serviceId}-at-${locationId}`, allIds(listing)), service_id: serviceId, location_id: locationId });
  return { ...listing, service_at_locations: links };
}

export function removeLocation(listing: OrganizationListing, locationId: string): OrganizationListing {
  return {
    ...listing,
    locations: listing.locations.filter((location) => location.id !== locationId),
    service_at_locations: listing.service_at_locations.filter((link) => link.location_id !== locationId),
  };
}

export function removeService(listing: OrganizationListing, serviceId: string): OrganizationListing {
  return {
    ...listing,
    services: listing.services.filter((service) => service.id !== serviceId),
    service_at_locations: listing.service_at_locations.filter((link) => link.service_id !== serviceId),
  };
}

/** The weekday codes of a session (`MO,WE`), ordinals like `1MO` read as their weekday. */
export const daysOfSession = (schedule: Schedule): string[] =>
  (schedule.byday ?? '').split(',').map((part) => part.trim().replace(/^[+-]?\d+/, '')).filter(Boolean);
