import { useTranslation } from '../../i18n/use-translation.ts';
import { languageName } from '../../i18n/format.ts';
import { findTerm, termLabel } from '../../../shared/taxonomy/taxonomy.ts';
import type { InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import { formatDateTime } from './staff-time.ts';

/** What the person asked for and what they agreed to, as recorded when they sent it. */
export function ReferralRequest({ referral }: { referral: InboxReferral }) {
  const { t, language } = useTranslation();
  const { consent } = referral;
  const yesNo = (value: boolean) => (value ? t('staff.yes') : t('staff.no'));
  return (
    <>
      <section aria-labelledby="request-title" class="staff-section">
        <h2 id="request-title">{t('staff.request.title')}</h2>
        <dl class="staff-facts">
          <dt>{t('staff.request.language')}</dt>
          <dd>{languageName(referral.preferredLanguage, language)}</dd>
          <dt>{t('staff.request.interpreter')}</dt>
          <dd>{yesNo(referral.interpreterNeeded)}</dd>
          <dt>{t('staff.request.area')}</dt>
          <dd>{referral.fsa ?? t('staff.request.areaUnknown')}</dd>
          <dt>{t('staff.request.needs')}</dt>
          {referral.needCategories.map((id) => {
            const term = findTerm(id);
            return <dd key={id}>{term ? termLabel(term, language) : id}</dd>;
          })}
        </dl>
      </section>
      <section aria-labelledby="consent-title" class="staff-section">
        <h2 id="consent-title">{t('staff.consent.title')}</h2>
        <dl class="staff-facts">
          <dt>{t('staff.consent.given')}</dt>
          <dd>{formatDateTime(consent.at, language)}</dd>
          <dt>{t('staff.consent.language')}</dt>
          <dd>{languageName(consent.language, language)}</dd>
          <dt>{t('staff.consent.version')}</dt>
          <dd><bdi dir="ltr">{consent.textVersion}</bdi></dd>
          <dt>{t('staff.consent.health')}</dt>
          <dd>{yesNo(consent.health)}</dd>
          <dt>{t('staff.consent.forward')}</dt>
          <dd>{yesNo(consent.allowsForward)}</dd>
        </dl>
      </section>
    </>
  );
}
