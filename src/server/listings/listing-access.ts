/**
 * Who may do what with a listing. Staff work on their own organizations' listings only;
 * coordinators read and review their region's; admins everything. Decided from the listing's
 * head row (its organization and region), never from anything in the request body.
 */
import type { Caller } from '../auth/auth-context.ts';
import { Refusal } from '../security/refusal.ts';

export interface ListingOwner {
  organization_id: string;
  region_id: string;
}

export type ListingUse = 'edit' | 'review';

export function canUseListing(caller: Caller, owner: ListingOwner, use: ListingUse): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'coordinator') return caller.regionId === owner.region_id;
  return use === 'edit' && caller.organizationIds.includes(owner.organization_id);
}

export function requireListingUse(caller: Caller, owner: ListingOwner, use: ListingUse): void {
  if (canUseListing(caller, owner, use)) return;
  throw new Refusal(403, use === 'review' ? 'Only the LIP of this region can review its listings.' : 'Your account does not manage this organization\'s listing.');
}

/** A region's settings and exchange belong to its coordinators and to admins. */
export function requireRegionLead(caller: Caller, regionId: string, refusal = 'Only the LIP of this region can do this.'): void {
  if (caller.role === 'admin') return;
  if (caller.role === 'coordinator' && caller.regionId === regionId) return;
  throw new Refusal(403, refusal);
}
