import { useTranslation } from '../../i18n/use-translation.ts';
import { formatDistance } from '../../i18n/format.ts';
import { directoryIndex } from '../../directory/directory-store.ts';
import { isFree, primaryCategory } from '../../../shared/directory/service-facts.ts';
import { localizeField } from '../../directory/localize.ts';
import { findTerm, termLabel } from '../../../shared/taxonomy/taxonomy.ts';
import { openStatusText } from '../service/open-status-text.ts';
import { CategoryIcon } from '../../ui/CategoryIcon.tsx';

export function ResultCard({ serviceId, distanceKm }: { serviceId: string; distanceKm: number | undefined }) {
  const { t, language } = useTranslation();
  const { services, organizations } = directoryIndex.value;
  const service = services.get(serviceId);
  if (!service) return null;
  const organization = organizations.get(service.organization_id);
  const name = localizeField(service, 'name', language);
  const hours = openStatusText(service, language);
  const primary = findTerm(primaryCategory(service) ?? '');
  const free = isFree(service);
  return (
    <li class="result-card">
      <h3>
        <a href={`/service/${encodeURIComponent(service.id)}`}>
          <bdi lang={name.origin === 'untranslated' ? (service.guichet_source_language ?? 'en') : name.language}>{name.text}</bdi>
        </a>
      </h3>
      {organization && <p class="result-organization"><bdi>{localizeField(organization, 'name', language).text}</bdi></p>}
      <ul class="tags" aria-label={t('filters.category')}>
        {primary && (
          <li class="tag-category">
            <CategoryIcon icon={primary.icon} />
            {termLabel(primary, language)}
          </li>
        )}
        {free && <li class="tag-free">{t('service.free')}</li>}
      </ul>
      {hours && <p class={hours.open ? 'open-now' : 'closed-now'}>{hours.text}</p>}
      {distanceKm !== undefined && <p class="distance">{t('service.distanceAway', { distance: formatDistance(distanceKm, language) })}</p>}
    </li>
  );
}
