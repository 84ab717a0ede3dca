/** The inbox's filter, order and page, kept in the address so a reload or a link shows the same list. */
import { referralStatuses, type ReferralStatus } from '../../../shared/referrals/referral-contract.ts';

export type InboxSortOrder = 'newest' | 'oldest-waiting';

export interface InboxView {
  status: ReferralStatus | null;
  sort: InboxSortOrder;
  page: number;
}

export function readInboxView(query: Record<string, string | undefined>): InboxView {
  const status = referralStatuses.find((candidate) => candidate === query.status) ?? null;
  const page = Number(query.page);
  return {
    status,
    sort: query.sort === 'oldest-waiting' ? 'oldest-waiting' : 'newest',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a view, without the defaults, so the plain inbox stays `/inbox`. */
export function inboxSearch(view: InboxView): string {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.sort !== 'newest') params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}
