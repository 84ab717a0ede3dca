/**
 * The listing's services: each with its last verification date, a stale flag when the
 * freshness check says so, and "still correct" in one click; one service is edited at a time.
 */
import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatDate } from '../../i18n/format.ts';
import { useEditor } from './editor-context.tsx';
import { ServiceEditor } from './ServiceEditor.tsx';
import { allIds, freshId, removeService } from './listing-edit.ts';
import type { ListingFreshness } from './listing-api.ts';

interface ServicesSectionProps {
  selected: number;
  onSelect: (index: number) => void;
  freshness: ListingFreshness | null;
  /** Services published at least once: only those can be confirmed. */
  liveServiceIds: ReadonlySet<string>;
  onVerify: (serviceIds: string[]) => void;
  verifying: boolean;
}

export function ServicesSection({ selected, onSelect, freshness, liveServiceIds, onVerify, verifying }: ServicesSectionProps) {
  const { t, language } = useTranslation();
  const { document, change, problems } = useEditor();
  const [removing, setRemoving] = useState<string | null>(null);
  const services = document.services;
  const current = services[selected] ? selected : 0;
  const service = services[current];
  const freshnessOf = (id: string) => freshness?.services.find((entry) => entry.serviceId === id);
  const verifiable = services.filter((entry) => liveServiceIds.has(entry.id)).map((entry) => entry.id);

  const add = () => {
    const id = freshId(`${document.organization.id}-service`, allIds(document));
    change((listing) => ({
      ...listing,
      services: [...listing.services, { id, organization_id: listing.organization.id, name: '', status: 'active', guichet_source_language: listing.organization.guichet_source_language ?? null }],
    }));
    onSelect(services.length);
  };

  return (
    <section class="listing-section" aria-labelledby="listing-services-title">
      <h2 id="listing-services-title">{t('listings.services.title', { count: services.length })}</h2>
      {freshness && <p class="hint">{t('listings.services.staleAfter', { count: freshness.staleAfterDays })}</p>}
      <ul class="listing-service-list">
        {services.map((entry, index) => {
          const fresh = freshnessOf(entry.id);
          const assured = fresh ? fresh.assuredDate : (entry.assured_date ?? null);
          const hasProblem = [...problems.keys()].some((key) => key.startsWith(`services.${index}.`));
          return (
            <li key={entry.id} class={index === current ? 'listing-service-row is-current' : 'listing-service-row'}>
              <button type="button" class="listing-service-pick" aria-current={index === current ? 'true' : undefined} onClick={() => onSelect(index)}>
                {entry.name || t('listings.services.unnamed')}
              </button>
              <span class="listing-service-facts">
                {assured ? t('listings.services.verifiedOn', { date: formatDate(assured, language) }) : t('listings.services.neverVerified')}
                {fresh?.stale && <strong class="listing-badge listing-badge-stale"> {t('listings.services.stale')}</strong>}
                {hasProblem && <strong class="listing-badge listing-badge-problem"> {t('listings.services.needsAttention')}</strong>}
              </span>
              {liveServiceIds.has(entry.id) && (
                <button type="button" class="button" disabled={verifying} onClick={() => onVerify([entry.id])}>
                  {t('listings.services.stillCorrect', { name: entry.name || t('listings.services.unnamed') })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div class="staff-actions">
        {verifiable.length > 1 && (
          <button type="button" class="button" disabled={verifying} onClick={() => onVerify(verifiable)}>{t('listings.services.allStillCorrect')}</button>
        )}
        <button type="button" class="button" onClick={add}>{t('listings.services.add')}</button>
      </div>
      {service && (
        <section class="listing-service-editor" aria-labelledby="listing-service-title">
          <h2 id="listing-service-title">{t('listings.services.editing', { name: service.name || t('listings.services.unnamed') })}</h2>
          <ServiceEditor key={service.id} serviceIndex={current} />
          {removing === service.id ? (
            <div class="confirm-panel" role="group" aria-labelledby="listing-remove-service">
              <p id="listing-remove-service">{t('listings.services.removeConfirm', { name: service.name || t('listings.services.unnamed') })}</p>
              <div class="staff-actions">
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() => {
                    change((listing) => removeService(listing, service.id));
                    setRemoving(null);
                    onSelect(0);
                  }}
                >
                  {t('listings.services.removeYes')}
                </button>
                <button type="button" class="button button-quiet" onClick={() => setRemoving(null)}>{t('listings.back')}</button>
              </div>
            </div>
          ) : (
            <button type="button" class="button button-quiet" onClick={() => setRemoving(service.id)}>{t('listings.services.remove')}</button>
          )}
        </section>
      )}
    </section>
  );
}
