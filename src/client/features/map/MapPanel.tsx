import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory, directoryIndex } from '../../directory/directory-store.ts';
import { localizeField } from '../../directory/localize.ts';
import type { DirectoryResult } from '../../../shared/directory/directory-query.ts';
import type { LngLat } from '../../../shared/geo/distance.ts';
import type { ResultsMap } from './results-map.ts';
import { loadClientConfig } from './map-config.ts';
import { MapCard } from './MapCard.tsx';

interface Props {
  result: DirectoryResult | null;
  origin: LngLat | null;
}

type MapState = 'loading' | 'configured' | 'simple' | 'failed';

/** The map view of the current results: the same search and filters as the list. */
export function MapPanel({ result, origin }: Props) {
  const { t, language } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<ResultsMap | null>(null);
  const [state, setState] = useState<MapState>('loading');

  useEffect(() => {
    performance.mark('guichet:map-opened');
    let created: ResultsMap | null = null;
    let cancelled = false;
    const open = async () => {
      const [{ createResultsMap }, config] = await Promise.all([import('./results-map.ts'), loadClientConfig()]);
      if (cancelled || !container.current) return;
      created = await createResultsMap({
        container: container.current,
        config,
        center: directory.value!.region.center,
        locale: {
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'NavigationControl.ResetBearing': t('map.resetBearing'),
          'AttributionControl.ToggleAttribution': t('map.attribution'),
          'Popup.Close': t('map.close'),
          'Map.Title': t('map.title'),
        },
        youAreHere: t('map.youAreHere'),
        labelOfSite: (serviceId) => {
          const service = directoryIndex.value.services.get(serviceId);
          return service ? localizeField(service, 'name', language).text : serviceId;
        },
        labelOfCluster: (count) => t('map.cluster', { count }),
        onSiteSelected: (serviceId, point, button) => {
          const content = document.createElement('div');
          render(<MapCard serviceId={serviceId} />, content);
          // Closing the card returns the keyboard to the marker that opened it.
          created?.openCard(point, content).on('close', () => {
            render(null, content);
            button.focus();
          });
        },
        onBasemap: (kind) => setState(kind),
        onMarkersDrawn: () => performance.mark('guichet:map-markers-drawn'),
      });
      if (cancelled) created.destroy();
      else setMap(created);
    };
    open().catch(() => setState('failed'));
    return () => {
      cancelled = true;
      created?.destroy();
    };
    // The map is rebuilt when the language changes, so its controls speak the new one.
  }, [language]);

  useEffect(() => map?.setSites(result?.sites ?? []), [map, result]);
  useEffect(() => map?.setOrigin(origin), [map, origin]);

  const notMapped = result ? result.total - new Set(result.sites.map((site) => site.serviceId)).size : 0;
  return (
    <section class="map-panel" aria-labelledby="map-title">
      <h2 id="map-title" class="visually-hidden">{t('map.title')}</h2>
      <p role="status" class="map-status">
        {state === 'loading' && t('map.loading')}
        {state === 'simple' && t('map.simpleMap')}
        {state === 'failed' && t('map.loadFailed')}
      </p>
      <div ref={container} class="map-container" role="region" aria-label={t('map.title')} />
      {notMapped > 0 && <p>{t('map.notMapped', { count: notMapped })}</p>}
    </section>
  );
}
