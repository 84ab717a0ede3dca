import { useTranslation } from '../../i18n/use-translation.ts';
import type { InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import { isClosedStatus } from '../../../shared/referrals/referral-contract.ts';
import { organizationName, serviceName } from '../../directory/directory-names.ts';
import { formatDateTime, formatWait, isJustNow } from './staff-time.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** Where the referral stands: its state, its service, who sent it, and where it went if it was passed on. */
export function ReferralSummary({ referral }: { referral: InboxReferral }) {
  const { t, language } = useTranslation();
  const referrer = referral.referringOrganizationId ? organizationName(referral.referringOrganizationId, language) : null;
  const { forwardedTo } = referral;
  return (
    <section class="referral-summary" aria-label={t('staff.referral.summary')}>
      <p>
        {t('staff.referral.statusIs')} <StatusBadge status={referral.status} />
      </p>
      <p>
        {t('staff.referral.serviceIs')} <a href={`/service/${encodeURIComponent(referral.serviceId)}`}><bdi>{serviceName(referral.serviceId, language) ?? t('staff.referral.unknownService')}</bdi></a>
      </p>
      <p>{t('staff.referral.sentAt', { date: formatDateTime(referral.createdAt, language) })}</p>
      {referral.status === 'requested' && !isJustNow(referral.createdAt, new Date()) && (
        <p>{t('staff.inbox.waiting', { time: formatWait(referral.createdAt, new Date(), language) })}</p>
      )}
      <p>
        {referral.source === 'agency'
          ? referrer ? t('staff.referral.fromNamedAgency', { organization: referrer }) : t('staff.referral.fromAgency')
          : t('staff.referral.fromPerson')}
      </p>
      {referral.forwardedFromId && <p>{t('staff.referral.forwardedHere')}</p>}
      {forwardedTo && (
        <div class="notice staff-notice forwarded-to">
          <p>
            {t('staff.referral.forwardedTo', {
              service: serviceName(forwardedTo.serviceId, language) ?? t('staff.referral.unknownService'),
              organization: organizationName(forwardedTo.organizationId, language) ?? forwardedTo.organizationId,
            })}{' '}
            {t('staff.referral.forwardedToState', { code: forwardedTo.referenceCode, status: t(`staff.status.${forwardedTo.status}`) })}
          </p>
        </div>
      )}
      {isClosedStatus(referral.status) && !forwardedTo && <p class="hint">{t('staff.referral.closed')}</p>}
    </section>
  );
}
