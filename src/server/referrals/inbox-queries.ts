/** The provider inbox: the referrals addressed to the caller's organizations, each read audited. */
import type { Caller } from '../auth/auth-context.ts';
import { inTransaction } from '../db/transactions.ts';
import { INBOX_PAGE_SIZE, type InboxPage, type InboxQuery, type InboxReferral } from '../../shared/referrals/inbox-contract.ts';
import { timestamp, type ReferralDeps } from './referral-deps.ts';
import { audit } from './referral-records.ts';
import { toInboxItem, toInboxReferral } from './referral-views.ts';
import { findStaffReferral, requireStaff } from './staff-access.ts';

export async function listInbox(deps: ReferralDeps, caller: Caller | undefined, query: InboxQuery): Promise<InboxPage> {
  const staff = requireStaff(caller);
  const { status } = query;
  // Oldest-waiting is a queue: whoever has waited longest comes first. With or without a status,
  // an index holds an organization's referrals in exactly this order (migration 0002), so a page
  // reads its 50 rows, not the organization's whole past.
  const direction = query.sort === 'newest' ? 'desc' : 'asc';
  return inTransaction(deps.db, async (trx) => {
    const filtered = trx
      .selectFrom('referrals')
      .where('organization_id', 'in', staff.organizationIds)
      .$if(status !== undefined, (select) => select.where('status', '=', status!));
    const rows = await filtered
      .selectAll()
      .orderBy('created_at', direction)
      .orderBy('id', direction)
      .limit(INBOX_PAGE_SIZE)
      .offset((query.page - 1) * INBOX_PAGE_SIZE)
      .execute();
    const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    await audit(trx, staff.userId, 'referral.list', rows.map((row) => row.id), timestamp(deps));
    return { items: rows.map(toInboxItem), page: query.page, pageSize: INBOX_PAGE_SIZE, total: Number(total) };
  });
}

export async function openInboxReferral(deps: ReferralDeps, caller: Caller | undefined, id: string): Promise<InboxReferral> {
  return inTransaction(deps.db, async (trx) => {
    const referral = await findStaffReferral(trx, caller, id);
    await audit(trx, requireStaff(caller).userId, 'referral.read', [referral.id], timestamp(deps));
    return toInboxReferral(trx, referral);
  });
}
