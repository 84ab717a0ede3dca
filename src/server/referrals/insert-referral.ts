/**
 * Inserts a new referral at most once per idempotency key, on either engine and under any
 * concurrency: `on conflict do nothing`, then read by key. A refused insert would abort a
 * PostgreSQL transaction, so conflicts are never caught as errors here.
 */
import type { Kysely } from 'kysely';
import type { Database, Referral } from '../db/schema.ts';
import { appendHistory, audit, type HistoryEntry } from './referral-records.ts';
import { newReferenceCode, newReferralId, newStatusToken, sha256Hex } from './referral-secrets.ts';

/** What the caller decides; the codes, the state and the times are set here. */
export type ReferralFields = Omit<
  Referral,
  'id' | 'reference_code' | 'status_token_hash' | 'status' | 'created_at' | 'updated_at' | 'first_response_at' | 'closed_at' | 'purged_at'
>;

export type InsertOutcome =
  | { created: true; referral: Referral; statusToken: string }
  | { created: false; existing: Referral };

/** A reference code or token clash is astronomically rare; a few fresh draws settle it. */
const DRAWS = 4;

export async function insertReferralOnce(
  trx: Kysely<Database>,
  fields: ReferralFields,
  firstEntry: Pick<HistoryEntry, 'actor' | 'reason' | 'note'>,
  at: string,
): Promise<InsertOutcome> {
  for (let draw = 0; draw < DRAWS; draw += 1) {
    const statusToken = newStatusToken();
    const referral: Referral = {
      ...fields,
      id: newReferralId(Date.parse(at)),
      reference_code: newReferenceCode(),
      status_token_hash: sha256Hex(statusToken),
      status: 'requested',
      created_at: at,
      updated_at: at,
      first_response_at: null,
      closed_at: null,
      purged_at: null,
    };
    const inserted = await trx
      .insertInto('referrals')
      .values(referral)
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      await appendHistory(trx, { referralId: referral.id, from: null, to: 'requested', at, ...firstEntry });
      await audit(trx, firstEntry.actor, 'referral.create', [referral.id], at);
      return { created: true, referral, statusToken };
    }
    const existing = await findByIdempotencyKey(trx, fields.idempotency_key);
    if (existing) return { created: false, existing };
  }
  throw new Error('Could not draw an unused reference code.');
}

export function findByIdempotencyKey(db: Kysely<Database>, key: string): Promise<Referral | undefined> {
  return db.selectFrom('referrals').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}
