import { useTranslation } from '../../i18n/use-translation.ts';
import type { ReferralStatus } from '../../../shared/referrals/referral-contract.ts';

/** A referral's state as words; the colour only repeats them. */
export function StatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <span class={`status-badge status-${status}`}>{t(`staff.status.${status}`)}</span>;
}
