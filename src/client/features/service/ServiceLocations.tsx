import type { Location } from '../../../shared/schema/directory.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** OpenStreetMap directions work in every browser. */
function directionsUrl(site: Location): string | null {
  if (site.latitude == null || site.longitude == null) return null;
  return `https://www.openstreetmap.org/directions?to=${site.latitude}%2C${site.longitude}`;
}

/** A geo: link opens the phone's own map app (RFC 5870), with the place's name as its label. */
function geoUri(site: Location): string | null {
  if (site.latitude == null || site.longitude == null) return null;
  const label = encodeURIComponent(site.name ?? site.addresses?.[0]?.address_1 ?? '');
  return `geo:${site.latitude},${site.longitude}?q=${site.latitude},${site.longitude}(${label})`;
}

export function ServiceLocations({ sites }: { sites: Location[] }) {
  const { t } = useTranslation();
  const physical = sites.filter((site) => site.location_type !== 'virtual');
  if (physical.length === 0) return null;
  return (
    <section aria-labelledby="where">
      <h2 id="where">{t('service.where')}</h2>
      <ul class="location-list">
        {physical.map((site) => {
          const address = site.addresses?.[0];
          const directions = directionsUrl(site);
          const mapApp = geoUri(site);
          return (
            <li key={site.id}>
              {site.name && <p class="location-name"><bdi>{site.name}</bdi></p>}
              {address && (
                <address>
                  <bdi>{address.address_1}</bdi>
                  <br />
                  <bdi>{`${address.city}, ${address.state_province} ${address.postal_code}`}</bdi>
                </address>
              )}
              {site.guichet_wheelchair_accessible === true && <p>{t('service.wheelchairYes')}</p>}
              {site.guichet_wheelchair_accessible === false && <p>{t('service.wheelchairNo')}</p>}
              <p class="direction-links">
                {directions && <a href={directions} rel="noopener noreferrer" target="_blank">{t('service.directions')}</a>}
                {mapApp && <a href={mapApp}>{t('service.openInMapApp')}</a>}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
