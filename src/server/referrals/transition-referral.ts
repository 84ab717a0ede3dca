/** Staff moving a referral of their organization along the Task model, with who, when and why. */
import type { Caller } from '../auth/auth-context.ts';
import { inTransaction } from '../db/transactions.ts';
import type { InboxReferral, TransitionRequest } from '../../shared/referrals/inbox-contract.ts';
import { moveReferral } from './move-referral.ts';
import { timestamp, type ReferralDeps } from './referral-deps.ts';
import { ReferralError } from './referral-errors.ts';
import { notifyNewcomer } from './referral-notices.ts';
import { audit } from './referral-records.ts';
import { toInboxReferral } from './referral-views.ts';
import { findStaffReferral, requireStaff } from './staff-access.ts';

export async function transitionReferral(deps: ReferralDeps, caller: Caller | undefined, id: string, request: TransitionRequest): Promise<InboxReferral> {
  const staff = requireStaff(caller);
  // Rejections feed the region's unmet-need figures, so each one says why.
  if (request.to === 'rejected' && !request.reason) {
    throw new ReferralError('invalid', 'The request is not valid.', [{ path: 'reason', message: 'a rejection needs a reason' }]);
  }
  const at = timestamp(deps);
  const { moved, view } = await inTransaction(deps.db, async (trx) => {
    const current = await findStaffReferral(trx, staff, id);
    const moved = await moveReferral(trx, current, request.to, { actor: staff.userId, reason: request.reason ?? null, note: request.note ?? null }, at);
    await audit(trx, staff.userId, 'referral.transition', [moved.id], at);
    return { moved, view: await toInboxReferral(trx, moved) };
  });
  notifyNewcomer(deps, moved, request.to);
  return view;
}
