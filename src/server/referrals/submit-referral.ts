/**
 * A new referral, from a newcomer's own request or from staff referring a client: checked
 * against the directory, stored once per idempotency key, announced to the receiving
 * organization. Both paths end here so they validate, store and replay the same way.
 */
import type { Kysely } from 'kysely';
import type { Database, Referral } from '../db/schema.ts';
import type { ReferralReceipt, ReferralSubmission } from '../../shared/referrals/referral-contract.ts';
import { checkNeedsAndConsent, listedReferralTarget, serviceNotFound, type ReferralTarget } from './directory-targets.ts';
import { findByIdempotencyKey, insertReferralOnce } from './insert-referral.ts';
import { ensureOrganizationRow } from './organization-rows.ts';
import { personalColumns } from './personal-fields.ts';
import { timestamp, type ReferralDeps } from './referral-deps.ts';
import { ReferralError } from './referral-errors.ts';
import { notifyIntake } from './referral-notices.ts';
import { audit, NEWCOMER } from './referral-records.ts';
import { newStatusToken, requestFingerprint, sha256Hex } from './referral-secrets.ts';

/** The person and their request; the same fields whoever sends them. */
export type ReferralRequest = Omit<ReferralSubmission, 'status'> & { status?: unknown };

export interface ReferralOrigin {
  source: 'self' | 'agency';
  referringOrganizationId: string | null;
  /** Who the history and the audit name: `newcomer`, or the staff member's user id. */
  actor: string;
}

export interface SubmissionOutcome {
  receipt: ReferralReceipt;
  /** The same request had already been stored: the receipt is the first referral's. */
  replayed: boolean;
}

export const newcomerOrigin: ReferralOrigin = { source: 'self', referringOrganizationId: null, actor: NEWCOMER };

/** What the stored submission sets off once committed: the intake notice of a new referral. */
interface Stored extends SubmissionOutcome {
  notice: { referral: Referral; intakeEmail: string | null; serviceName: string } | null;
}

export async function submitReferral(deps: ReferralDeps, request: ReferralRequest, origin: ReferralOrigin = newcomerOrigin): Promise<SubmissionOutcome> {
  checkNeedsAndConsent(request);
  // The immigration status helps the device screen eligibility; the server keeps none of it.
  const { status: _immigrationStatus, ...kept } = request;
  const fingerprint = requestFingerprint({ source: origin.source, referringOrganizationId: origin.referringOrganizationId, request: kept });
  const target = listedReferralTarget(deps.directory.current().value, request.serviceId);
  const at = timestamp(deps);
  // Answered once the submission is committed, whether it shares its commit with others or not.
  const { notice, ...outcome } = await deps.committer.run((trx) => storeOnce(trx, { request, origin, fingerprint, target, at }));
  if (notice) notifyIntake(deps, notice.referral, notice.intakeEmail, notice.serviceName);
  return outcome;
}

interface Submission {
  request: ReferralRequest;
  origin: ReferralOrigin;
  fingerprint: string;
  target: ReferralTarget | null;
  at: string;
}

async function storeOnce(trx: Kysely<Database>, { request, origin, fingerprint, target, at }: Submission): Promise<Stored> {
  if (!target) {
    // A replay is still answered when its service has left the directory since the first send.
    const earlier = await findByIdempotencyKey(trx, request.idempotencyKey);
    if (earlier) return reissueReceipt(trx, earlier, fingerprint, origin.actor, at);
    throw serviceNotFound();
  }

  const fields = {
    region_id: target.region.id,
    organization_id: target.organization.id,
    service_id: target.service.id,
    forwarded_from_id: null,
    source: origin.source,
    referring_organization_id: origin.referringOrganizationId,
    ...personalColumns(request),
    preferred_language: request.preferredLanguage,
    interpreter_needed: request.interpreterNeeded ? 1 : 0,
    fsa: request.fsa,
    need_categories: JSON.stringify(request.needCategories),
    health_consent: request.consent.healthAgreed ? 1 : 0,
    consent_text_version: request.consent.textVersion,
    consent_allows_forward: request.consent.allowForward ? 1 : 0,
    consent_language: request.consent.language,
    consent_at: at,
    idempotency_key: request.idempotencyKey,
    request_hash: fingerprint,
  };
  const intakeEmail = await ensureOrganizationRow(trx, target, at);
  // The insert itself finds a replay: its key is taken (one statement fewer than looking first).
  const outcome = await insertReferralOnce(trx, fields, { actor: origin.actor }, at);
  if (!outcome.created) return reissueReceipt(trx, outcome.existing, fingerprint, origin.actor, at);

  const { referral, statusToken } = outcome;
  return {
    receipt: { referenceCode: referral.reference_code, statusToken, status: 'requested' },
    replayed: false,
    notice: { referral, intakeEmail, serviceName: target.service.name },
  };
}

/**
 * The same key again. With another body it is a different request and is refused. With the
 * same body it is the device's outbox resending because it never got the answer, so it gets
 * the first referral back, never a second one.
 *
 * The status token cannot be given back: only its hash is stored (a stolen database must not
 * open anyone's status page). So a replay gets a fresh token that replaces the hash. This is
 * safe because only the sender can replay: it takes the device's random idempotency key and
 * the whole body, the person's details included. The cost: a link from an earlier answer
 * stops working, so the outbox must send an entry once at a time and keep the last receipt.
 */
async function reissueReceipt(trx: Kysely<Database>, earlier: Referral, fingerprint: string, actor: string, at: string): Promise<Stored> {
  if (earlier.request_hash !== fingerprint) {
    throw new ReferralError('conflict', 'A different request was already sent with this idempotency key. Send new details with a new key.');
  }
  const statusToken = newStatusToken();
  await trx.updateTable('referrals').set({ status_token_hash: sha256Hex(statusToken) }).where('id', '=', earlier.id).execute();
  await audit(trx, actor, 'referral.status-link-reissued', [earlier.id], at);
  return { receipt: { referenceCode: earlier.reference_code, statusToken, status: earlier.status }, replayed: true, notice: null };
}
