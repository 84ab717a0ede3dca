import { useTranslation } from '../../i18n/use-translation.ts';
import { languageName } from '../../i18n/format.ts';
import type { InboxItem } from '../../../shared/referrals/inbox-contract.ts';
import { serviceName } from '../../directory/directory-names.ts';
import { WaitedFor } from './WaitedFor.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** One referral in the list: enough to choose which to open first. */
export function InboxRow({ item }: { item: InboxItem }) {
  const { t, language } = useTranslation();
  return (
    <li class="inbox-row">
      <h2 class="inbox-row-title">
        <a href={`/inbox/${encodeURIComponent(item.id)}`}>{t('staff.referral.code', { code: item.referenceCode })}</a>
        <StatusBadge status={item.status} />
      </h2>
      <p><bdi>{serviceName(item.serviceId, language) ?? t('staff.referral.unknownService')}</bdi></p>
      <p class="inbox-row-facts">
        <WaitedFor referral={item} />
        <span>{t('staff.referral.languageIs', { language: languageName(item.preferredLanguage, language) })}</span>
        {item.interpreterNeeded && <span class="inbox-flag">{t('staff.referral.interpreterNeeded')}</span>}
        <span>{item.source === 'agency' ? t('staff.referral.fromAgency') : t('staff.referral.fromPerson')}</span>
      </p>
    </li>
  );
}
