/**
 * Where a referral can go: a listed service of the current directory bundle. The organization
 * and region come from the directory, never from the request, so a body cannot address a
 * referral to an organization of its choosing.
 */
import { isListed } from '../../shared/directory/service-facts.ts';
import type { Directory, Organization, Region, Service } from '../../shared/schema/directory.ts';
import { needsHealthConsent } from '../../shared/referrals/health-needs.ts';
import { findTerm } from '../../shared/taxonomy/taxonomy.ts';
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

/** The listed service and its organization, or null when the directory has no such service taking requests. */
export function listedReferralTarget(directory: Directory, serviceId: string): ReferralTarget | null {
  const { services, organizations } = indexOf(directory);
  const service = services.get(serviceId);
  const organization = service && organizations.get(service.organization_id);
  if (!service || !organization || !isListed(service)) return null;
  return { service, organization, region: directory.region };
}

export const serviceNotFound = () => new ReferralError('not-found', 'This service is not in the directory, or no longer takes requests.');

export function findReferralTarget(directory: Directory, serviceId: string): ReferralTarget {
  const target = listedReferralTarget(directory, serviceId);
  if (!target) throw serviceNotFound();
  return target;
}

/** Needs touching health (mental health is under it) call for the separate health consent. */

export function checkNeedsAndConsent(request: { needCategories: string[]; consent: { healthAgreed: boolean } }): void {
  const unknown = request.needCategories.filter((id) => !findTerm(id));
  if (unknown.length > 0) {
    throw new ReferralError('invalid', 'The request is not valid.', [{ path: 'needCategories', message: `unknown categories: ${unknown.join(', ')}` }]);
  }
  if (needsHealthConsent(request.needCategories) && !request.consent.healthAgreed) {
    throw new ReferralError('invalid', 'The request is not valid.', [
      { path: 'consent.healthAgreed', message: 'a request about health needs the separate health consent' },
    ]);
  }
}
