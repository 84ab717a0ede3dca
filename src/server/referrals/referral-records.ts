/**
 * The two trails every referral leaves: its history (what happened to it, shown to the people
 * involved) and the audit log (who read or changed it, for accountability). Both are written in
 * the same transaction as the change they describe.
 */
import type { Kysely } from 'kysely';
import type { Database, ReferralStatus } from '../db/schema.ts';
import type { HistoryReason } from '../../shared/referrals/referral-contract.ts';

/** Actors that are not user ids. */
export const NEWCOMER = 'newcomer';
export const SYSTEM = 'system';

export type AuditAction =
  | 'referral.create'
  | 'referral.read'
  | 'referral.list'
  | 'referral.status-read'
  | 'referral.status-link-reissued'
  | 'referral.transition'
  | 'referral.forward'
  | 'referral.withdraw'
  | 'referral.purge';

export interface HistoryEntry {
  referralId: string;
  from: ReferralStatus | null;
  to: ReferralStatus;
  actor: string;
  reason?: HistoryReason | null;
  note?: string | null;
  at: string;
}

export async function appendHistory(trx: Kysely<Database>, entry: HistoryEntry): Promise<void> {
  await trx
    .insertInto('referral_events')
    .values({
      referral_id: entry.referralId,
      from_status: entry.from,
      to_status: entry.to,
      actor: entry.actor,
      reason: entry.reason ?? null,
      note: entry.note || null,
      at: entry.at,
    })
    .execute();
}

/**
 * One row per referral touched. A list read writes a row for each referral it returned, so
 * "who has seen this person's details" is answered from the log by referral id alone.
 */
export async function audit(trx: Kysely<Database>, actor: string, action: AuditAction, referralIds: readonly string[], at: string): Promise<void> {
  if (referralIds.length === 0) return;
  await trx
    .insertInto('audit_log')
    .values(referralIds.map((id) => ({ actor, action, entity: 'referral', entity_id: id, at })))
    .execute();
}
