import { useTranslation } from '../../i18n/use-translation.ts';
import type { InboxItem } from '../../../shared/referrals/inbox-contract.ts';
import { formatDateTime, formatWait, isJustNow } from './staff-time.ts';

/** A new referral counts how long it has waited for an answer; any other says when it came. */
export function WaitedFor({ referral }: { referral: Pick<InboxItem, 'status' | 'createdAt'> }) {
  const { t, language } = useTranslation();
  const now = new Date();
  if (isJustNow(referral.createdAt, now)) return <span>{t('staff.inbox.justNow')}</span>;
  if (referral.status === 'requested') return <span>{t('staff.inbox.waiting', { time: formatWait(referral.createdAt, now, language) })}</span>;
  return <span>{t('staff.inbox.received', { date: formatDateTime(referral.createdAt, language) })}</span>;
}
