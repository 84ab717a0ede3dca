/**
 * A wrong-door referral sent on in one step: the first is cancelled as forwarded and a new one,
 * linked to it, goes to the better-suited service. The person's details travel only when their
 * consent covers it, either in the form (the forward clause) or asked again by staff.
 *
 * The new referral's own status token is never handed out: the newcomer keeps following their
 * request from their first link, whose page shows where it went and how it is doing there.
 */
import type { Caller } from '../auth/auth-context.ts';
import { inTransaction } from '../db/transactions.ts';
import type { ForwardRequest, InboxReferral } from '../../shared/referrals/inbox-contract.ts';
import { CONSENT_TEXT_VERSION } from '../../shared/referrals/referral-contract.ts';
import { findReferralTarget } from './directory-targets.ts';
import { insertReferralOnce } from './insert-referral.ts';
import { moveReferral } from './move-referral.ts';
import { ensureOrganizationRow } from './organization-rows.ts';
import { copyPersonalColumns } from './personal-fields.ts';
import { timestamp, type ReferralDeps } from './referral-deps.ts';
import { ReferralError } from './referral-errors.ts';
import { notifyIntake, notifyNewcomer } from './referral-notices.ts';
import { audit } from './referral-records.ts';
import { requestFingerprint } from './referral-secrets.ts';
import { toInboxReferral } from './referral-views.ts';
import { findStaffReferral, requireStaff } from './staff-access.ts';

export async function forwardReferral(deps: ReferralDeps, caller: Caller | undefined, id: string, request: ForwardRequest): Promise<InboxReferral> {
  const staff = requireStaff(caller);
  const target = findReferralTarget(deps.directory.current().value, request.serviceId);
  const at = timestamp(deps);
  const outcome = await inTransaction(deps.db, async (trx) => {
    const original = await findStaffReferral(trx, staff, id);
    if (original.service_id === target.service.id) {
      throw new ReferralError('invalid', 'The request is not valid.', [{ path: 'serviceId', message: 'is the service this referral is already addressed to' }]);
    }
    const consentCarries = original.consent_allows_forward === 1;
    if (!consentCarries && !request.consentReasked) {
      throw new ReferralError(
        'conflict',
        "The person's consent does not cover passing their request on. Ask them first, then forward it saying their consent was asked again.",
      );
    }
    const cancelled = await moveReferral(trx, original, 'cancelled', { actor: staff.userId, reason: 'forwarded', note: request.note ?? null }, at);
    const intakeEmail = await ensureOrganizationRow(trx, target, at);
    const inserted = await insertReferralOnce(
      trx,
      {
        region_id: target.region.id,
        organization_id: target.organization.id,
        service_id: target.service.id,
        forwarded_from_id: original.id,
        source: original.source,
        referring_organization_id: original.referring_organization_id,
        ...copyPersonalColumns(original),
        preferred_language: original.preferred_language,
        interpreter_needed: original.interpreter_needed,
        fsa: original.fsa,
        need_categories: original.need_categories,
        health_consent: original.health_consent,
        // Consent asked again covers this service only: a further forward asks once more.
        consent_text_version: consentCarries ? original.consent_text_version : CONSENT_TEXT_VERSION,
        consent_allows_forward: consentCarries ? 1 : 0,
        consent_language: original.consent_language,
        consent_at: consentCarries ? original.consent_at : at,
        // One forward per referral, whatever happens to the request that asks for it.
        idempotency_key: `forwarded-from:${original.id}`,
        request_hash: requestFingerprint({ forwardedFrom: original.id, serviceId: target.service.id }),
      },
      { actor: staff.userId, reason: consentCarries ? 'forwarded' : 'consent_reasked' },
      at,
    );
    if (!inserted.created) throw new ReferralError('conflict', 'This referral was already forwarded.');
    await audit(trx, staff.userId, 'referral.forward', [original.id], at);
    return { cancelled, forwarded: inserted.referral, intakeEmail, view: await toInboxReferral(trx, cancelled) };
  });
  notifyIntake(deps, outcome.forwarded, outcome.intakeEmail, target.service.name);
  notifyNewcomer(deps, outcome.cancelled, 'forwarded');
  return outcome.view;
}
