/**
 * The gap map's MapLibre side, loaded only when the coverage section is shown. It draws the
 * app's built-in basemap from the FSA areas (`../map/basemap.ts`) and colours each area by its
 * gap class; a new choice only replaces the classes' data, the map stays. Not interactive: it is
 * a picture of the table below, with nothing to focus.
 */
import { LngLatBounds, Map as MapLibreMap, type GeoJSONSource } from 'maplibre-gl';
import '../map/maplibre-setup.ts';
import { fallbackStyle, loadAreas } from '../map/basemap.ts';
import { gapFillColour, SITE_COLOUR, type GapClass } from './gap-colours.ts';

const GAPS_SOURCE = 'coverage-gaps';
const SITES_SOURCE = 'coverage-sites';
const HATCH_IMAGE = 'coverage-hidden-hatch';
const HATCH_SIZE = 8;

export interface CoverageMap {
  setClasses(classes: ReadonlyMap<string, GapClass>): void;
  /** The sites of the services counted, drawn as dots over the areas. */
  setSites(sites: GeoJSON.FeatureCollection<GeoJSON.Point>): void;
  destroy(): void;
}

type AreaFeature = GeoJSON.Feature<GeoJSON.Geometry, { kind?: string; fsa?: string; id?: string } | null>;

const fsaOf = (feature: AreaFeature): string | null =>
  feature.properties?.kind === 'fsa' ? (feature.properties.fsa ?? feature.properties.id ?? null) : null;

function extendWith(bounds: LngLatBounds, coordinates: unknown): void {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') bounds.extend([coordinates[0], coordinates[1] as number]);
  else if (Array.isArray(coordinates)) for (const inner of coordinates) extendWith(bounds, inner);
}

function boundsOf(areas: GeoJSON.FeatureCollection): LngLatBounds | null {
  const bounds = new LngLatBounds();
  for (const feature of areas.features) if (feature.geometry && 'coordinates' in feature.geometry) extendWith(bounds, feature.geometry.coordinates);
  return bounds.isEmpty() ? null : bounds;
}

/** Diagonal grey lines on white: hidden areas read as "not shown", not as a low value. */
function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(HATCH_SIZE * HATCH_SIZE * 4);
  for (let y = 0; y < HATCH_SIZE; y++) {
    for (let x = 0; x < HATCH_SIZE; x++) {
      const line = (x + y) % HATCH_SIZE < 2;
      data.set(line ? [110, 110, 110, 255] : [236, 236, 236, 255], (y * HATCH_SIZE + x) * 4);
    }
  }
  return { width: HATCH_SIZE, height: HATCH_SIZE, data };
}

function classedAreas(areas: readonly AreaFeature[], classes: ReadonlyMap<string, GapClass>): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: areas.flatMap((feature) => {
      const gapClass = classes.get(fsaOf(feature) ?? '');
      return gapClass ? [{ type: 'Feature' as const, geometry: feature.geometry, properties: { gapClass } }] : [];
    }),
  };
}

/** Null when the server has no area boundaries: there is nothing to draw the map from. */
export async function createCoverageMap(container: HTMLElement): Promise<CoverageMap | null> {
  const areas = await loadAreas();
  const bounds = areas && boundsOf(areas);
  if (!areas || !bounds) return null;
  const fsaAreas = (areas.features as AreaFeature[]).filter((feature) => fsaOf(feature) !== null);
  let classes: ReadonlyMap<string, GapClass> = new Map();
  let sites: GeoJSON.FeatureCollection<GeoJSON.Point> = { type: 'FeatureCollection', features: [] };

  const map = new MapLibreMap({
    container,
    style: fallbackStyle(areas),
    bounds,
    fitBoundsOptions: { padding: 12 },
    interactive: false,
    attributionControl: false,
  });
  map.on('load', () => {
    map.addImage(HATCH_IMAGE, hatchImage());
    map.addSource(GAPS_SOURCE, { type: 'geojson', data: classedAreas(fsaAreas, classes) });
    map.addLayer(
      { id: 'gap-fill', type: 'fill', source: GAPS_SOURCE, paint: { 'fill-color': gapFillColour() as never } },
      'area-line',
    );
    map.addLayer(
      { id: 'gap-hidden', type: 'fill', source: GAPS_SOURCE, filter: ['==', ['get', 'gapClass'], 'hidden'], paint: { 'fill-pattern': HATCH_IMAGE } },
      'area-line',
    );
    map.addSource(SITES_SOURCE, { type: 'geojson', data: sites });
    map.addLayer({
      id: 'provider-sites',
      type: 'circle',
      source: SITES_SOURCE,
      paint: { 'circle-radius': 3.5, 'circle-color': SITE_COLOUR, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    });
  });
  // The page's layout settles after the map is made (fonts, tables above): keep it filling its box.
  const resize = new ResizeObserver(() => {
    map.resize();
    map.fitBounds(bounds, { padding: 12, duration: 0 });
  });
  resize.observe(container);

  return {
    setClasses(next) {
      classes = next;
      (map.getSource(GAPS_SOURCE) as GeoJSONSource | undefined)?.setData(classedAreas(fsaAreas, next));
    },
    setSites(next) {
      sites = next;
      (map.getSource(SITES_SOURCE) as GeoJSONSource | undefined)?.setData(next);
    },
    destroy() {
      resize.disconnect();
      map.remove();
    },
  };
}
