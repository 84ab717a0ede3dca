/**
 * Markers as real buttons, so every cluster and every service on the map can be reached with
 * the keyboard and is named for screen readers (a WebGL canvas is neither). MapLibre clusters
 * the sites; only the clusters and sites on screen get a button, so 60,000 services stay light.
 */
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { categoryColour } from './category-colours.ts';
import { categoryIconPath } from '../../ui/category-icon-paths.ts';
import { findTerm } from '../../../shared/taxonomy/taxonomy.ts';

export const SITES_SOURCE = 'sites';

export interface MarkerCallbacks {
  labelOfSite: (serviceId: string) => string;
  labelOfCluster: (count: number) => string;
  onSiteSelected: (serviceId: string, point: [number, number], button: HTMLButtonElement) => void;
  onMarkersDrawn: () => void;
}

function siteButton(serviceId: string, category: string | null, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'map-marker';
  button.style.backgroundColor = categoryColour(category);
  button.setAttribute('aria-label', label);
  button.dataset.serviceId = serviceId;
  const icon = findTerm(category ?? '')?.icon ?? 'compass';
  button.innerHTML = `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="#fff" d="${categoryIconPath(icon)}"/></svg>`;
  return button;
}

function clusterButton(count: number, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'map-cluster';
  button.textContent = new Intl.NumberFormat(document.documentElement.lang || 'en', { notation: 'compact' }).format(count);
  button.setAttribute('aria-label', label);
  const size = Math.min(56, 30 + Math.log2(count) * 3);
  button.style.width = button.style.height = `${size}px`;
  return button;
}

export function attachMarkers(map: MapLibreMap, callbacks: MarkerCallbacks): { refresh(): void } {
  let onScreen = new Map<string, Marker>();
  let drawnOnce = false;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  const refresh = () => {
    if (!map.getSource(SITES_SOURCE) || !map.isSourceLoaded(SITES_SOURCE)) return;
    const next = new Map<string, Marker>();
    for (const feature of map.querySourceFeatures(SITES_SOURCE)) {
      const coordinates = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      const properties = feature.properties as Record<string, unknown>;
      const clusterId = properties.cluster_id as number | undefined;
      const key = clusterId !== undefined ? `cluster:${clusterId}` : `site:${properties.serviceId}@${properties.locationId}`;
      if (next.has(key)) continue; // a feature near a tile edge comes back once per tile
      let marker = onScreen.get(key);
      if (!marker) {
        const button =
          clusterId !== undefined
            ? clusterButton(properties.point_count as number, callbacks.labelOfCluster(properties.point_count as number))
            : siteButton(properties.serviceId as string, (properties.category as string) || null, callbacks.labelOfSite(properties.serviceId as string));
        button.addEventListener('click', async (event) => {
          if (clusterId === undefined) {
            // A click on the map closes its card: the click that opens one must not reach the map.
            event.stopPropagation();
            return callbacks.onSiteSelected(properties.serviceId as string, coordinates, button);
          }
          const zoom = await (map.getSource(SITES_SOURCE) as GeoJSONSource).getClusterExpansionZoom(clusterId);
          map.easeTo({ center: coordinates, zoom, duration: reducedMotion ? 0 : 400 });
        });
        marker = new Marker({ element: button }).setLngLat(coordinates).addTo(map);
      }
      next.set(key, marker);
    }
    for (const [key, marker] of onScreen) if (!next.has(key)) marker.remove();
    onScreen = next;
    if (!drawnOnce && next.size > 0) {
      drawnOnce = true;
      callbacks.onMarkersDrawn();
    }
  };

  map.on('moveend', refresh);
  // At moveend and sourcedata the tiles of the zoom left behind can still be on show while the
  // new ones load, and their clusters would stay as stale buttons: once settled, draw again.
  map.on('idle', refresh);
  map.on('sourcedata', (event) => {
    if (event.sourceId === SITES_SOURCE && event.isSourceLoaded) refresh();
  });
  return {
    refresh() {
      for (const marker of onScreen.values()) marker.remove();
      onScreen = new Map();
      drawnOnce = false;
      refresh();
    },
  };
}
