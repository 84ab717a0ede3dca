/**
 * One step of the FHIR Task model, guarded twice: the move must be allowed from the state the
 * referral is in, and the update only applies if it is still in that state (PostgreSQL runs at
 * READ COMMITTED, so two staff members could otherwise both move it from the same state).
 */
import type { Kysely } from 'kysely';
import type { Database, Referral, ReferralStatus } from '../db/schema.ts';
import { isClosedStatus, referralTransitions } from '../../shared/referrals/referral-contract.ts';
import { ReferralError } from './referral-errors.ts';
import { appendHistory, NEWCOMER, type HistoryEntry } from './referral-records.ts';

export async function moveReferral(
  trx: Kysely<Database>,
  current: Referral,
  to: ReferralStatus,
  entry: Pick<HistoryEntry, 'actor' | 'reason' | 'note'>,
  at: string,
): Promise<Referral> {
  if (!referralTransitions[current.status].includes(to)) {
    throw new ReferralError('conflict', `A referral that is ${current.status} cannot become ${to}.`);
  }
  // The agency's first answer, the measure of how long people wait; a newcomer withdrawing is not one.
  const answersFirst = current.status === 'requested' && current.first_response_at === null && entry.actor !== NEWCOMER;
  const changes = {
    status: to,
    updated_at: at,
    first_response_at: answersFirst ? at : current.first_response_at,
    closed_at: isClosedStatus(to) ? at : null,
  };
  const result = await trx.updateTable('referrals').set(changes).where('id', '=', current.id).where('status', '=', current.status).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new ReferralError('conflict', 'This referral was changed meanwhile. Reload it and try again.');
  }
  await appendHistory(trx, { referralId: current.id, from: current.status, to, at, ...entry });
  return { ...current, ...changes };
}
