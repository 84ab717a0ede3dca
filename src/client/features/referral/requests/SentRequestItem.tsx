import { useTranslation } from '../../../i18n/use-translation.ts';
import type { SentRequest } from '../outbox/referral-outbox.ts';
import { serviceNames } from '../../../directory/directory-names.ts';
import { formatMoment } from '../status/moments.ts';
import { statusHref } from '../status/status-link.ts';
import { StatusSummary } from '../status/StatusSummary.tsx';

/** A request the service has: its reference code, where it is (as last seen), its private link. */
export function SentRequestItem({ request, linkBroken }: { request: SentRequest; linkBroken: boolean }) {
  const { t, language } = useTranslation();
  const names = serviceNames(request.serviceId, language);
  return (
    <li class="request-card">
      <h3><bdi>{names?.service ?? t('requests.unknownService')}</bdi></h3>
      {names?.organization && <p class="result-organization"><bdi>{names.organization}</bdi></p>}
      <p>{t('requests.reference', { code: request.referenceCode })}</p>
      <p class="hint">{t('requests.sentOn', { date: formatMoment(request.sentAt, language) })}</p>
      {request.lastKnown ? <StatusSummary view={request.lastKnown.view} /> : <p class="request-status"><strong>{t('referral.status.requested')}</strong></p>}
      {request.lastKnown && <p class="hint">{t('requests.lastChecked', { date: formatMoment(request.lastKnown.checkedAt, language) })}</p>}
      {linkBroken ? <p class="notice notice-warning">{t('requests.detail.notFound')}</p> : <a href={statusHref(request.statusToken)}>{t('requests.details')}</a>}
    </li>
  );
}
