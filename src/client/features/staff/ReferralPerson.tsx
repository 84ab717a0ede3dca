import { useTranslation } from '../../i18n/use-translation.ts';
import type { InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import { contactLinks, type ContactKind } from './contact-links.ts';

const contactLabelKeys = {
  phone: 'staff.person.call',
  sms: 'staff.person.text',
  email: 'staff.person.email',
  whatsapp: 'staff.person.whatsapp',
} as const satisfies Record<ContactKind, string>;

/** Who to contact and how, or why their details are gone. */
export function ReferralPerson({ referral }: { referral: InboxReferral }) {
  const { t } = useTranslation();
  const { person } = referral;
  const withdrawn = referral.history.some((entry) => entry.reason === 'withdrawn');
  return (
    <section aria-labelledby="person-title" class="staff-section">
      <h2 id="person-title">{t('staff.person.title')}</h2>
      {person ? (
        <>
          <p class="person-name"><bdi>{person.name ?? t('staff.person.noName')}</bdi></p>
          <ul class="contact-list">
            {contactLinks(person.contact).map((link) => (
              <li key={link.kind}>
                <a class="button" href={link.href} {...(link.kind === 'whatsapp' && { rel: 'noopener noreferrer', target: '_blank' })}>
                  {t(contactLabelKeys[link.kind])} <bdi dir="ltr">{link.shown}</bdi>
                </a>
              </li>
            ))}
          </ul>
          {person.note && (
            <>
              <h3>{t('staff.person.note')}</h3>
              <p class="person-note"><bdi>{person.note}</bdi></p>
            </>
          )}
        </>
      ) : (
        <p class="notice staff-notice">{withdrawn ? t('staff.person.erasedWithdrawn') : t('staff.person.erased')}</p>
      )}
    </section>
  );
}
