import { useTranslation } from '../../../i18n/use-translation.ts';
import type { ReferralStatusView } from '../../../../shared/referrals/referral-contract.ts';
import { serviceNames } from '../../../directory/directory-names.ts';

/**
 * Where a request is now, in plain words: withdrawn, passed on to another service (and where
 * it is there), or its own state.
 */
export function StatusSummary({ view }: { view: ReferralStatusView }) {
  const { t, language } = useTranslation();
  if (view.withdrawn) {
    return <p class="request-status"><strong>{t('referral.status.cancelled')}</strong> {t('requests.detail.withdrawn')}</p>;
  }
  if (view.forwardedTo) {
    const target = serviceNames(view.forwardedTo.serviceId, language)?.service ?? t('requests.unknownService');
    return (
      <p class="request-status">
        <strong>{t('requests.detail.forwarded', { service: target })}</strong> {t(`referral.statusHelp.${view.forwardedTo.status}`)}
      </p>
    );
  }
  return <p class="request-status"><strong>{t(`referral.status.${view.status}`)}</strong> {t(`referral.statusHelp.${view.status}`)}</p>;
}
