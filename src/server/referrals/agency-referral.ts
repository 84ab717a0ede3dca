/**
 * Staff referring a client to another organization's service, with the consent the client gave
 * them. The receipt's status link is for the client (staff pass it on with the reference code),
 * and lets the referring agency see the outcome without seeing the other organization's inbox.
 */
import type { Caller } from '../auth/auth-context.ts';
import type { AgencyReferralRequest } from '../../shared/referrals/inbox-contract.ts';
import type { ReferralDeps } from './referral-deps.ts';
import { referringOrganization, requireStaff } from './staff-access.ts';
import { submitReferral, type SubmissionOutcome } from './submit-referral.ts';

export async function referFromAgency(deps: ReferralDeps, caller: Caller | undefined, request: AgencyReferralRequest): Promise<SubmissionOutcome> {
  const staff = requireStaff(caller);
  const { referringOrganizationId, ...clientRequest } = request;
  const origin = { source: 'agency' as const, referringOrganizationId: referringOrganization(staff, referringOrganizationId), actor: staff.userId };
  return submitReferral(deps, clientRequest, origin);
}
