/**
 * The basemap: the deployment's configured style when it loads, otherwise a simple style built
 * from the project's own geography (region outline and FSA areas), which needs no network at
 * all once the app has been opened once.
 */
import type { StyleSpecification } from 'maplibre-gl';

export const AREAS_URL = '/api/geo/areas';

/** Fetched through the service worker, so the areas seen once are there offline. */
export async function loadAreas(): Promise<GeoJSON.FeatureCollection | null> {
  try {
    const response = await fetch(AREAS_URL);
    return response.ok ? ((await response.json()) as GeoJSON.FeatureCollection) : null;
  } catch {
    return null;
  }
}

export function fallbackStyle(areas: GeoJSON.FeatureCollection | null): StyleSpecification {
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  return {
    version: 8,
    sources: { areas: { type: 'geojson', data: areas ?? empty } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e8eeee' } },
      {
        id: 'region-fill',
        type: 'fill',
        source: 'areas',
        filter: ['==', ['get', 'kind'], 'region'],
        paint: { 'fill-color': '#ffffff' },
      },
      {
        id: 'area-fill',
        type: 'fill',
        source: 'areas',
        filter: ['!=', ['get', 'kind'], 'region'],
        paint: { 'fill-color': '#f7faf9', 'fill-opacity': 0.9 },
      },
      {
        id: 'area-line',
        type: 'line',
        source: 'areas',
        filter: ['!=', ['get', 'kind'], 'region'],
        paint: { 'line-color': '#9fb3b2', 'line-width': 1 },
      },
      {
        id: 'region-line',
        type: 'line',
        source: 'areas',
        filter: ['==', ['get', 'kind'], 'region'],
        paint: { 'line-color': '#0b5c5a', 'line-width': 2 },
      },
    ],
  };
}
