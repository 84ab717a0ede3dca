import { useTranslation } from '../../i18n/use-translation.ts';
import { directoryIndex } from '../../directory/directory-store.ts';
import { localizeField } from '../../directory/localize.ts';
import { openStatusText } from '../service/open-status-text.ts';

/** The compact card a tapped marker opens: enough to decide, and the way to the full page. */
export function MapCard({ serviceId }: { serviceId: string }) {
  const { t, language } = useTranslation();
  const service = directoryIndex.value.services.get(serviceId);
  if (!service) return null;
  const organization = directoryIndex.value.organizations.get(service.organization_id);
  const hours = openStatusText(service, language);
  return (
    <div class="map-card" lang={language}>
      <a href={`/service/${encodeURIComponent(service.id)}`}>
        <bdi>{localizeField(service, 'name', language).text}</bdi>
      </a>
      {organization && <p><bdi>{localizeField(organization, 'name', language).text}</bdi></p>}
      {hours && <p class={hours.open ? 'open-now' : 'closed-now'}>{hours.text}</p>}
      <p class="visually-hidden">{t('map.title')}</p>
    </div>
  );
}
