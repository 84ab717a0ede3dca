/**
 * The id of an organization the LIP adds: suggested from its name, checked as the server checks
 * it (newListingSchema), and the server's refusals turned into problems placed by field.
 */
import type { FieldProblem, ListingFailure } from './listing-api.ts';

/** The server's rule for an organization id (newListingSchema in the listing contract). */
export const ORGANIZATION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const NAME_MAX = 200;

/** "Centre d'accueil Élan" -> "centre-d-accueil-elan"; empty when the name has no Latin letters. */
export function suggestOrganizationId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** What can be said before asking the server. */
export function checkNewOrganization(name: string, organizationId: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!name.trim()) problems.push({ path: 'name', code: 'required' });
  else if (name.trim().length > NAME_MAX) problems.push({ path: 'name', code: 'tooLong' });
  if (!organizationId) problems.push({ path: 'organizationId', code: 'required' });
  else if (!ORGANIZATION_ID.test(organizationId)) problems.push({ path: 'organizationId', code: 'invalid' });
  return problems;
}

/** The problems of a refused POST /api/listings: a taken id is a 409, a 400 names its fields. */
export function refusedFields(failure: ListingFailure): FieldProblem[] {
  if (failure.status === 409) return [{ path: 'organizationId', code: 'taken' }];
  return failure.status === 400 ? failure.fields : [];
}
