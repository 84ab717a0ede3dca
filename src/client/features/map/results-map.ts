/**
 * The results map, loaded only when a reader first opens the map (MapLibre is most of its
 * weight). It shows the same results as the list, clustered, on the deployment's basemap or,
 * when that cannot load, on the project's own.
 */
import { LngLatBounds, Map as MapLibreMap, Marker, NavigationControl, Popup, type GeoJSONSource } from 'maplibre-gl';
import './maplibre-setup.ts';
import type { ResultSite } from '../../../shared/directory/directory-query.ts';
import type { LngLat } from '../../../shared/geo/distance.ts';
import type { ClientConfig } from '../../../shared/client-config.ts';
import { fallbackStyle, loadAreas } from './basemap.ts';
import { attachMarkers, SITES_SOURCE, type MarkerCallbacks } from './map-markers.ts';

const STYLE_TIMEOUT_MS = 6000;

export interface ResultsMapOptions extends Omit<MarkerCallbacks, 'onMarkersDrawn'> {
  container: HTMLElement;
  config: ClientConfig;
  center: LngLat;
  /** MapLibre's control labels, in the reader's language. */
  locale: Record<string, string>;
  youAreHere: string;
  onBasemap: (kind: 'configured' | 'simple') => void;
  onMarkersDrawn: () => void;
}

export interface ResultsMap {
  setSites(sites: readonly ResultSite[]): void;
  setOrigin(origin: LngLat | null): void;
  openCard(point: [number, number], content: HTMLElement): Popup;
  destroy(): void;
}

function sitesGeoJson(sites: readonly ResultSite[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: sites.map((site) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [site.point[0], site.point[1]] },
      properties: { serviceId: site.serviceId, locationId: site.locationId, category: site.category ?? '' },
    })),
  };
}

function fitTo(map: MapLibreMap, sites: readonly ResultSite[]): void {
  if (sites.length === 0) return;
  const bounds = new LngLatBounds();
  for (const site of sites) bounds.extend([site.point[0], site.point[1]]);
  map.fitBounds(bounds, { padding: 48, maxZoom: 15, duration: 0 });
}

export async function createResultsMap(options: ResultsMapOptions): Promise<ResultsMap> {
  const areas = await loadAreas();
  const simple = fallbackStyle(areas);
  const useConfigured = options.config.mapStyleUrl !== null && navigator.onLine;
  const map = new MapLibreMap({
    container: options.container,
    style: useConfigured ? options.config.mapStyleUrl! : simple,
    center: [options.center[0], options.center[1]],
    zoom: 11,
    locale: options.locale,
    attributionControl: { compact: true },
    cooperativeGestures: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  let sites: readonly ResultSite[] = [];
  let originMarker: Marker | null = null;
  let card: Popup | null = null;
  let styleLoaded = false;
  const markers = attachMarkers(map, options);

  const useSimpleStyle = () => {
    if (styleLoaded) return;
    styleLoaded = true;
    map.setStyle(simple);
    options.onBasemap('simple');
  };
  if (useConfigured) {
    // A style that errors or stalls (offline, blocked, down) gives way to the built-in one.
    map.on('error', () => useSimpleStyle());
    setTimeout(useSimpleStyle, STYLE_TIMEOUT_MS);
    map.once('load', () => {
      if (styleLoaded) return;
      styleLoaded = true;
      options.onBasemap('configured');
    });
  } else {
    styleLoaded = true;
    options.onBasemap('simple');
  }

  // A style change drops every source: put the results back on each new style.
  map.on('style.load', () => {
    if (!map.getSource(SITES_SOURCE)) {
      map.addSource(SITES_SOURCE, { type: 'geojson', data: sitesGeoJson(sites), cluster: true, clusterRadius: 48, clusterMaxZoom: 15 });
      // Invisible: markers are buttons (see map-markers.ts); the layer makes MapLibre load the source.
      map.addLayer({ id: 'sites-anchor', type: 'circle', source: SITES_SOURCE, paint: { 'circle-radius': 1, 'circle-opacity': 0 } });
    }
    markers.refresh();
  });

  return {
    setSites(next) {
      const first = sites.length === 0;
      sites = next;
      (map.getSource(SITES_SOURCE) as GeoJSONSource | undefined)?.setData(sitesGeoJson(next));
      markers.refresh();
      if (first) fitTo(map, next);
    },
    setOrigin(origin) {
      originMarker?.remove();
      originMarker = null;
      if (!origin) return;
      const element = document.createElement('div');
      element.className = 'map-origin';
      element.setAttribute('role', 'img');
      element.setAttribute('aria-label', options.youAreHere);
      originMarker = new Marker({ element }).setLngLat([origin[0], origin[1]]).addTo(map);
    },
    openCard(point, content) {
      // One card at a time: marker clicks do not reach the map, so the map does not close the last one.
      card?.remove();
      card = new Popup({ closeButton: true, focusAfterOpen: true, maxWidth: '18rem', offset: 18 })
        .setLngLat(point)
        .setDOMContent(content)
        .addTo(map);
      return card;
    },
    destroy() {
      map.remove();
    },
  };
}
