/**
 * MapLibre's one-time setup, shared by every map of the app (results map, dashboard gap map).
 * Imported only by modules that are themselves loaded on demand, so MapLibre stays out of the
 * first download.
 */
import { addProtocol, getRTLTextPluginStatus, setRTLTextPlugin, setWorkerUrl } from 'maplibre-gl';
import mapWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import rtlTextPluginUrl from 'rtl-text-plugin?url';

// MapLibre finds its worker beside its own module, which bundling moves: point at the emitted copy.
setWorkerUrl(mapWorkerUrl);
// A LIP can self-host its basemap as one PMTiles archive referenced by its style.
addProtocol('pmtiles', new Protocol().tile);
// Arabic, Persian and Urdu place names need shaping; the plugin loads only when such text appears.
if (getRTLTextPluginStatus() === 'unavailable') void setRTLTextPlugin(rtlTextPluginUrl, true);
