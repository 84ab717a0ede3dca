import { useTranslation } from '../../../i18n/use-translation.ts';
import type { ReferralStatusView } from '../../../../shared/referrals/referral-contract.ts';
import { serviceNames } from '../../../directory/directory-names.ts';
import { StatusSummary } from './StatusSummary.tsx';
import { StatusTimeline } from './StatusTimeline.tsx';

/** The "where it is now" heading, where the focus goes once the request is withdrawn. */
export const NOW_HEADING_ID = 'request-now';

/** A request as its status page shows it: which service, where it is now, and its history. */
export function StatusDetails({ view }: { view: ReferralStatusView }) {
  const { t, language } = useTranslation();
  const names = serviceNames(view.serviceId, language);
  return (
    <>
      <dl class="status-facts">
        <dt>{t('requests.detail.referenceLabel')}</dt>
        <dd>{view.referenceCode}</dd>
        <dt>{t('requests.detail.serviceLabel')}</dt>
        <dd>{names ? <a href={`/service/${encodeURIComponent(view.serviceId)}`}><bdi>{names.service}</bdi></a> : t('requests.unknownService')}</dd>
        {names?.organization && (
          <>
            <dt>{t('requests.detail.organizationLabel')}</dt>
            <dd><bdi>{names.organization}</bdi></dd>
          </>
        )}
      </dl>
      <h2 id={NOW_HEADING_ID} tabIndex={-1}>{t('requests.detail.now')}</h2>
      <div role="status" aria-live="polite">
        <StatusSummary view={view} />
      </div>
      {view.forwardedTo && <p>{t('requests.detail.forwardedReference', { code: view.forwardedTo.referenceCode })}</p>}
      <h2>{t('requests.detail.history')}</h2>
      <StatusTimeline history={view.history} />
    </>
  );
}
