import { useTranslation } from '../../../i18n/use-translation.ts';
import type { ReferralReceipt } from '../../../../shared/referrals/referral-contract.ts';
import { statusHref } from '../status/status-link.ts';

/** What staff give the client: the reference code and the private link to follow the request. */
export function AgencyReceipt({ receipt, onAnother }: { receipt: ReferralReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const link = `${location.origin}${statusHref(receipt.statusToken)}`;
  return (
    <div class="submission-outcome" role="status">
      <p class="outcome-sent">{t('referral.staff.sent', { code: receipt.referenceCode })}</p>
      <p>{t('referral.staff.giveLink')}</p>
      <p class="status-link"><a href={statusHref(receipt.statusToken)} dir="ltr">{link}</a></p>
      <button type="button" class="button" onClick={onAnother}>{t('referral.staff.another')}</button>
    </div>
  );
}
