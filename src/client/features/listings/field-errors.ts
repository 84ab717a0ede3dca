/**
 * Field problems: the obvious ones found here as the provider types, the rest from the server's
 * 400 answer, both as `{ path, code }` so one table words them in the reader's language.
 */
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import type { FieldProblem } from './listing-api.ts';

const TIME = /^([01]\d|2[0-4]):[0-5]\d(:[0-5]\d)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^https?:\/\/\S+\.\S+$/;

/** The kinds of problem the editor has words for; anything else reads as `invalid`. */
export const problemKinds = ['required', 'time', 'date', 'email', 'url', 'closesBeforeOpens', 'ageRange', 'dateRange', 'number', 'range', 'tooLong', 'choose', 'duplicate', 'invalid'] as const;
export type ProblemKind = (typeof problemKinds)[number];

const blank = (value: string | null | undefined) => !value || value.trim() === '';

/** The problems a reader can fix without asking the server, in the order the editor shows fields. */
export function checkListingLocally(listing: OrganizationListing): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: string, code: ProblemKind) => problems.push({ path, code });
  const { organization } = listing;
  if (blank(organization.name)) add('organization.name', 'required');
  if (!blank(organization.email) && !EMAIL.test(organization.email!.trim())) add('organization.email', 'email');
  if (!blank(organization.website) && !URL_LIKE.test(organization.website!.trim())) add('organization.website', 'url');
  (organization.phones ?? []).forEach((phone, index) => blank(phone.number) && add(`organization.phones.${index}.number`, 'required'));
  listing.services.forEach((service, s) => {
    const at = `services.${s}`;
    if (blank(service.name)) add(`${at}.name`, 'required');
    if (!blank(service.email) && !EMAIL.test(service.email!.trim())) add(`${at}.email`, 'email');
    if (!blank(service.url) && !URL_LIKE.test(service.url!.trim())) add(`${at}.url`, 'url');
    if (service.minimum_age != null && service.maximum_age != null && service.minimum_age > service.maximum_age) add(`${at}.maximum_age`, 'ageRange');
    (service.phones ?? []).forEach((phone, index) => blank(phone.number) && add(`${at}.phones.${index}.number`, 'required'));
    (service.schedules ?? []).forEach((schedule, index) => {
      const where = `${at}.schedules.${index}`;
      if (schedule.guichet_closed) {
        if (blank(schedule.valid_from) || !DATE.test(schedule.valid_from!)) add(`${where}.valid_from`, 'date');
        if (!blank(schedule.valid_to) && !DATE.test(schedule.valid_to!)) add(`${where}.valid_to`, 'date');
        else if (schedule.valid_from && schedule.valid_to && schedule.valid_to < schedule.valid_from) add(`${where}.valid_to`, 'dateRange');
        return;
      }
      if (blank(schedule.byday)) add(`${where}.byday`, 'choose');
      if (!TIME.test(schedule.opens_at ?? '')) add(`${where}.opens_at`, 'time');
      if (!TIME.test(schedule.closes_at ?? '')) add(`${where}.closes_at`, 'time');
      // Equal times mean nothing; a later opening than closing is a night session (shelters), allowed.
      else if (schedule.opens_at && schedule.opens_at.slice(0, 5) === schedule.closes_at!.slice(0, 5)) add(`${where}.closes_at`, 'closesBeforeOpens');
    });
    (service.required_documents ?? []).forEach((document, index) => blank(document.document) && add(`${at}.required_documents.${index}.document`, 'required'));
    if ((service.guichet_capacity?.note ?? '').length > 300) add(`${at}.guichet_capacity.note`, 'tooLong');
  });
  listing.locations.forEach((location, l) => {
    if (location.latitude != null && Math.abs(location.latitude) > 90) add(`locations.${l}.latitude`, 'range');
    if (location.longitude != null && Math.abs(location.longitude) > 180) add(`locations.${l}.longitude`, 'range');
    const address = location.addresses?.[0];
    if (address) {
      for (const field of ['address_1', 'city', 'state_province', 'postal_code'] as const) {
        if (blank(address[field])) add(`locations.${l}.addresses.0.${field}`, 'required');
      }
    }
  });
  return problems;
}

/** A server problem as one of the editor's kinds, from zod's code and where it is. */
export function kindOf(problem: FieldProblem): ProblemKind {
  if ((problemKinds as readonly string[]).includes(problem.code)) return problem.code as ProblemKind;
  const field = problem.path.split('.').at(-1) ?? '';
  const numeric = /age|latitude|longitude|amount/.test(field);
  switch (problem.code) {
    case 'too_small':
      return numeric ? 'range' : 'required';
    case 'too_big':
      return numeric ? 'range' : 'tooLong';
    case 'invalid_format':
      if (field.endsWith('_at')) return 'time';
      if (field.startsWith('valid_') || field.endsWith('_date')) return 'date';
      return 'invalid';
    case 'invalid_type':
      return numeric ? 'number' : 'required';
    case 'invalid_value':
      return 'choose';
    case 'custom':
      return /more than once/.test(problem.message ?? '') ? 'duplicate' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Problems by path, the first one only where there are several. */
export function problemsByPath(problems: readonly FieldProblem[]): Map<string, ProblemKind> {
  const byPath = new Map<string, ProblemKind>();
  for (const problem of problems) if (!byPath.has(problem.path)) byPath.set(problem.path, kindOf(problem));
  return byPath;
}

/** The service a problem is about (its index), so the editor can show that service. */
export function serviceIndexOf(path: string): number | null {
  const match = /^services\.(\d+)(\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}
