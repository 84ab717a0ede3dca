/**
 * The newcomer's private status page, reached by the token in their link: where their request
 * is, with no personal data in the answer, and the withdrawal that erases their details.
 */
import type { Kysely } from 'kysely';
import { inTransaction } from '../db/transactions.ts';
import type { Database, Referral } from '../db/schema.ts';
import { isClosedStatus, type ReferralStatusView } from '../../shared/referrals/referral-contract.ts';
import { moveReferral } from './move-referral.ts';
import { erasePersonalData } from './personal-fields.ts';
import { timestamp, type ReferralDeps } from './referral-deps.ts';
import { ReferralError } from './referral-errors.ts';
import { appendHistory, audit, NEWCOMER } from './referral-records.ts';
import { looksLikeStatusToken, sha256Hex } from './referral-secrets.ts';
import { forwardChain, forwardedToOf, historyOf } from './referral-views.ts';

const noSuchLink = () => new ReferralError('not-found', 'This status link does not match any request. Check that it was copied whole.');

async function findByToken(db: Kysely<Database>, token: string): Promise<Referral> {
  if (!looksLikeStatusToken(token)) throw noSuchLink();
  const referral = await db.selectFrom('referrals').selectAll().where('status_token_hash', '=', sha256Hex(token)).executeTakeFirst();
  if (!referral) throw noSuchLink();
  return referral;
}

async function statusView(db: Kysely<Database>, referral: Referral): Promise<ReferralStatusView> {
  const chain = await forwardChain(db, referral);
  const current = chain[chain.length - 1]!;
  const history = await historyOf(db, referral.id);
  const currentHistory = current === referral ? history : await historyOf(db, current.id);
  return {
    referenceCode: referral.reference_code,
    serviceId: referral.service_id,
    organizationId: referral.organization_id,
    status: referral.status,
    // Only changes of state: a withdrawal after closing leaves a marker, not a new state.
    history: history.filter((entry) => entry.from !== entry.to).map(({ to, at, reason }) => ({ status: to, at, reason })),
    forwardedTo: forwardedToOf(chain),
    withdrawn: currentHistory.some((entry) => entry.reason === 'withdrawn'),
  };
}

export async function readStatusPage(deps: ReferralDeps, token: string): Promise<ReferralStatusView> {
  return inTransaction(deps.db, async (trx) => {
    const referral = await findByToken(trx, token);
    await audit(trx, NEWCOMER, 'referral.status-read', [referral.id], timestamp(deps));
    return statusView(trx, referral);
  });
}

/**
 * Withdrawing cancels the request where it now is (after any forwards) unless it is already
 * closed, and erases the person's details from every referral of the chain. Asking twice is
 * harmless: the second time finds nothing left to erase.
 */
export async function withdrawByToken(deps: ReferralDeps, token: string): Promise<ReferralStatusView> {
  const at = timestamp(deps);
  return inTransaction(deps.db, async (trx) => {
    const referral = await findByToken(trx, token);
    const chain = await forwardChain(trx, referral);
    const current = chain[chain.length - 1]!;
    const alreadyWithdrawn = (await historyOf(trx, current.id)).some((entry) => entry.reason === 'withdrawn');
    if (!alreadyWithdrawn) {
      if (isClosedStatus(current.status)) {
        await appendHistory(trx, { referralId: current.id, from: current.status, to: current.status, actor: NEWCOMER, reason: 'withdrawn', at });
      } else {
        await moveReferral(trx, current, 'cancelled', { actor: NEWCOMER, reason: 'withdrawn' }, at);
      }
    }
    const ids = chain.map((link) => link.id);
    await erasePersonalData(trx, ids, at);
    await audit(trx, NEWCOMER, 'referral.withdraw', ids, at);
    return statusView(trx, await findByToken(trx, token));
  });
}
