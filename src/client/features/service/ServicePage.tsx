import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatMoney, languageName } from '../../i18n/format.ts';
import { directoryIndex } from '../../directory/directory-store.ts';
import { localizeField, overallOrigin } from '../../directory/localize.ts';
import { lastSearchUrl } from '../search/last-search.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Eligibility } from './Eligibility.tsx';
import { WeeklyHours } from './WeeklyHours.tsx';
import { ServiceLocations } from './ServiceLocations.tsx';
import { ShareButton } from './ShareButton.tsx';
import { TranslationNote } from './TranslationNote.tsx';
import { Capacity } from './Capacity.tsx';
import { Freshness } from './Freshness.tsx';
import { ServiceFeedbackSlot } from '../feedback/ServiceFeedbackSlot.tsx';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton.tsx';
import { speakablePhoneNumber } from '../../../shared/text/speech.ts';
import { openStatusText } from './open-status-text.ts';
import { isFree } from '../../../shared/directory/service-facts.ts';
import { safeWebUrl } from '../../../shared/text/safe-url.ts';

export function ServicePage() {
  const { t, language } = useTranslation();
  const { params } = useRoute();
  const [showOriginal, setShowOriginal] = useState(false);
  const { services, organizations, locations } = directoryIndex.value;
  const service = services.get(params.id ?? '');
  if (!service) {
    return (
      <section>
        <PageHeading>{t('app.notFoundTitle')}</PageHeading>
        <p>{t('service.notFound')}</p>
        <a class="button" href={lastSearchUrl.value}>{t('service.back')}</a>
      </section>
    );
  }
  const shownLanguage = showOriginal ? (service.guichet_source_language ?? 'en') : language;
  const name = localizeField(service, 'name', shownLanguage);
  const description = localizeField(service, 'description', shownLanguage);
  const organization = organizations.get(service.organization_id);
  const sites = locations.get(service.id) ?? [];
  // The service's own numbers, else its sites', else the organization's main line.
  const phones = [service.phones, sites.flatMap((site) => site.phones ?? []), organization?.phones].find((list) => list?.length) ?? [];
  const website = safeWebUrl(service.url);
  // The provider's own capacity status says it better than HSDS capacity counts, when there is one.
  const waitlisted = !service.guichet_capacity && service.capacities?.some((capacity) => capacity.available === 0);
  const localizedOption = (record: NonNullable<typeof service.cost_options>[number]) => localizeField(record, 'option', shownLanguage).text;

  return (
    <article class="service-page">
      <a class="back-link" href={lastSearchUrl.value}>{t('service.back')}</a>
      <PageHeading title={name.text}><bdi>{name.text}</bdi></PageHeading>
      {service.guichet_sample && <p class="badge-sample">{t('service.sample')}</p>}
      {organization && (
        <p class="service-organization">{t('service.organization')} <bdi>{localizeField(organization, 'name', shownLanguage).text}</bdi></p>
      )}
      <ReadAloudButton
        sentences={() => [
          name.text,
          organization ? localizeField(organization, 'name', shownLanguage).text : '',
          description.text,
          openStatusText(service, language)?.text ?? '',
          ...phones.map((phone) => t('readAloud.phone', { digits: speakablePhoneNumber(phone.number) })),
        ]}
      />
      <TranslationNote origin={overallOrigin([name.origin, description.origin])} showingOriginal={showOriginal} onToggle={() => setShowOriginal(!showOriginal)} />
      {service.status === 'temporarily closed' && <p class="notice notice-warning">{t('service.temporarilyClosed')}</p>}
      {waitlisted && <p class="notice notice-warning">{t('service.waitlist')}</p>}
      <Capacity service={service} />

      <section aria-labelledby="about">
        <h2 id="about">{t('service.description')}</h2>
        <p lang={description.origin === 'untranslated' ? (service.guichet_source_language ?? 'en') : undefined}>{description.text}</p>
      </section>
      <Eligibility service={service} />
      <WeeklyHours service={service} />
      <ServiceLocations sites={sites} />

      <section aria-labelledby="contact">
        <h2 id="contact">{t('service.contact')}</h2>
        <div class="ask-contact">
          <a class="button button-primary" href={`/service/${encodeURIComponent(service.id)}/contact`}>{t('service.askToBeContacted')}</a>
          <p class="hint">{t('service.askToBeContactedHint')}</p>
        </div>
        <ul class="contact-list">
          {phones.map((phone) => (
            <li key={phone.id}><a class="button" href={`tel:${phone.number.replace(/[^\d+]/g, '')}`}>{t('service.call', { number: phone.number })}</a></li>
          ))}
          {service.email && <li><a href={`mailto:${service.email}`}>{t('service.email')}: <bdi>{service.email}</bdi></a></li>}
          {website && <li><a href={website} rel="noopener noreferrer" target="_blank">{t('service.website')}: <bdi>{website.replace(/^https?:\/\//, '')}</bdi></a></li>}
        </ul>
      </section>

      <section aria-labelledby="languages">
        <h2 id="languages">{t('service.languages')}</h2>
        <p>{(service.languages ?? []).map((entry) => (entry.code ? languageName(entry.code, language) : entry.name)).join(' · ')}</p>
      </section>

      <section aria-labelledby="how">
        <h2 id="how">{t('service.delivery')}</h2>
        <p>{(service.guichet_delivery ?? ['in_person']).map((mode) => t(`delivery.${mode}`)).join(' · ')}</p>
      </section>

      <section aria-labelledby="documents">
        <h2 id="documents">{t('service.documents')}</h2>
        {service.required_documents?.length ? (
          <ul>{service.required_documents.map((doc) => <li key={doc.id}>{localizeField(doc, 'document', shownLanguage).text}</li>)}</ul>
        ) : (
          <p>{t('service.noDocuments')}</p>
        )}
      </section>

      <section aria-labelledby="fees">
        <h2 id="fees">{t('service.fees')}</h2>
        <ul>
          {isFree(service) && <li>{t('service.free')}</li>}
          {!isFree(service) &&
            (service.cost_options ?? [])
              .filter((option) => option.amount)
              .map((option) => (
                <li key={option.id}>{t('service.fee', { option: localizedOption(option), amount: formatMoney(option.amount!, option.currency ?? 'CAD', language) })}</li>
              ))}
          {!isFree(service) && service.fees_description && <li>{service.fees_description}</li>}
          {!isFree(service) && !service.fees_description && !(service.cost_options ?? []).some((option) => option.amount) && <li>{t('service.feesUnknown')}</li>}
        </ul>
      </section>

      <Freshness service={service} />
      <ShareButton title={name.text} />
      <ServiceFeedbackSlot serviceId={service.id} />
    </article>
  );
}
