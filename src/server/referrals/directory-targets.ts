/**
 * Where a referral can go: a listed service of the current directory bundle. The organization
 * and region come from the directory, never from the request, so a body cannot address a
 * referral to an organization of its choosing.
 */
import { isListed } from '../../shared/directory/service-facts.ts';
import type { Directory, Organization, Region, Service } from '../../shared/schema/directory.ts';
import { findTerm, termWithAncestors } from '../../shared/taxonomy/taxonomy.ts';
import { ReferralError } from './referral-errors.ts';

export interface ReferralTarget {
  service: Service;
  organization: Organization;
  region: Region;
}

interface DirectoryIndex {
  services: Map<string, Service>;
  organizations: Map<string, Organization>;
}

/** Built once per bundle: a large directory is searched by id on every submission. */
const indexes = new WeakMap<Directory, DirectoryIndex>();

function indexOf(directory: Directory): DirectoryIndex {
  let index = indexes.get(directory);
  if (!index) {
    index = {
      services: new Map(directory.services.map((service) => [service.id, service])),
      organizations: new Map(directory.organizations.map((organization) => [organization.id, organization])),
    };
    indexes.set(directory, index);
  }
  return index;
}

export function findReferralTarget(directory: Directory, serviceId: string): ReferralTarget {
  const { services, organizations } = indexOf(directory);
  const service = services.get(serviceId);
  const organization = service && organizations.get(service.organization_id);
  if (!service || !organization || !isListed(service)) {
    throw new ReferralError('not-found', 'This service is not in the directory, or no longer takes requests.');
  }
  return { service, organization, region: directory.region };
}

/** Needs touching health (mental health is under it) call for the separate health consent. */
export const isHealthNeed = (categoryId: string): boolean => termWithAncestors(categoryId).includes('health');

export function checkNeedsAndConsent(request: { needCategories: string[]; consent: { healthAgreed: boolean } }): void {
  const unknown = request.needCategories.filter((id) => !findTerm(id));
  if (unknown.length > 0) {
    throw new ReferralError('invalid', 'The request is not valid.', [{ path: 'needCategories', message: `unknown categories: ${unknown.join(', ')}` }]);
  }
  if (request.needCategories.some(isHealthNeed) && !request.consent.healthAgreed) {
    throw new ReferralError('invalid', 'The request is not valid.', [
      { path: 'consent.healthAgreed', message: 'a request about health needs the separate health consent' },
    ]);
  }
}
