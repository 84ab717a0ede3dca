/**
 * How much of each FSA lies within reach of a service: the FSA's area is sampled at the centres
 * of the H3 cells inside it (resolution 8, about 0.7 km² each), and a sample is within reach
 * when a matching service site is no further than the chosen distance, as the crow flies. Sites
 * are bucketed on a grid of 1 km cells (finer when the distance is shorter), looked at from the
 * sample outwards until one is close enough: 60,000 services cost little more than 600.
 */
import { cellToLatLng, polygonToCells } from 'h3-js';
import { distanceKm, type LngLat } from '../../shared/geo/distance.ts';
import type { FsaArea } from '../../shared/geo/fsa-areas.ts';
import { areaCentroid } from '../../shared/geo/fsa-areas.ts';
import { polygonsOf } from '../../shared/geo/geojson.ts';

const SAMPLE_RESOLUTION = 8;
const KM_PER_DEGREE_LATITUDE = 110.57;
const KM_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111.32;
/** How far the nearest site is looked for, in grid cells: beyond, an area has none near enough to name. */
const MAX_RINGS = 400;
const LARGEST_CELL_KM = 1;

export interface SampledArea {
  fsa: string;
  centroid: LngLat;
  samples: LngLat[];
}

/** Sample points of each area; an area too small to hold a cell centre is sampled at its centroid. */
export function sampleAreas(areas: readonly FsaArea[]): SampledArea[] {
  return areas.flatMap(({ fsa, geometry }) => {
    const centroid = areaCentroid(geometry);
    if (!centroid) return [];
    const samples = polygonsOf(geometry).flatMap((rings) =>
      polygonToCells(rings.map((ring) => ring.map(([lng, lat]) => [lng, lat])), SAMPLE_RESOLUTION, true).map((cell): LngLat => {
        const [lat, lng] = cellToLatLng(cell);
        return [lng, lat];
      }),
    );
    return [{ fsa, centroid, samples: samples.length > 0 ? samples : [centroid] }];
  });
}

class SiteGrid {
  readonly #buckets = new Map<string, LngLat[]>();
  readonly #kmPerDegreeLongitude: number;

  constructor(
    readonly sites: readonly LngLat[],
    readonly cellKm: number,
    latitude: number,
  ) {
    this.#kmPerDegreeLongitude = KM_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos((latitude * Math.PI) / 180);
    for (const site of sites) {
      const key = this.#key(...this.#cell(site));
      const bucket = this.#buckets.get(key);
      if (bucket) bucket.push(site);
      else this.#buckets.set(key, [site]);
    }
  }

  #cell([lng, lat]: LngLat): [number, number] {
    return [Math.floor((lng * this.#kmPerDegreeLongitude) / this.cellKm), Math.floor((lat * KM_PER_DEGREE_LATITUDE) / this.cellKm)];
  }

  #key(x: number, y: number): string {
    return `${x}:${y}`;
  }

  /** Nearest site in the square ring `ring` cells away from the point's cell. */
  #nearestInRing(point: LngLat, ring: number): number {
    const [x, y] = this.#cell(point);
    let best = Infinity;
    for (let dx = -ring; dx <= ring; dx += 1) {
      for (let dy = -ring; dy <= ring; dy += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        for (const site of this.#buckets.get(this.#key(x + dx, y + dy)) ?? []) best = Math.min(best, distanceKm(point, site));
      }
    }
    return best;
  }

  withinReach(point: LngLat, reachKm: number): boolean {
    // Ring r's cells are at least (r - 1) cells away: rings past reach / cell + 1 hold nothing near enough.
    const lastRing = Math.ceil(reachKm / this.cellKm) + 1;
    for (let ring = 0; ring <= lastRing; ring += 1) if (this.#anyInRingWithin(point, ring, reachKm)) return true;
    return false;
  }

  #anyInRingWithin(point: LngLat, ring: number, reachKm: number): boolean {
    const [x, y] = this.#cell(point);
    for (let dx = -ring; dx <= ring; dx += 1) {
      for (let dy = -ring; dy <= ring; dy += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        for (const site of this.#buckets.get(this.#key(x + dx, y + dy)) ?? []) if (distanceKm(point, site) <= reachKm) return true;
      }
    }
    return false;
  }

  /** Grows rings until no unseen cell can hold a closer site. */
  nearestKm(point: LngLat): number | null {
    if (this.sites.length === 0) return null;
    let best = Infinity;
    for (let ring = 0; ; ring += 1) {
      best = Math.min(best, this.#nearestInRing(point, ring));
      // Every site beyond this ring is at least `ring` cells away (less a rounding margin).
      if (best <= ring * this.cellKm * 0.95) return best;
      if (ring > MAX_RINGS) return best === Infinity ? null : best;
    }
  }
}

export interface AreaReach {
  fsa: string;
  nearestKm: number | null;
  /** Share of the area's samples within reach, 0 to 1. */
  shareWithinReach: number;
}

export function measureReach(areas: readonly SampledArea[], sites: readonly LngLat[], reachKm: number): AreaReach[] {
  const latitude = areas[0]?.centroid[1] ?? 45;
  const grid = new SiteGrid(sites, Math.min(reachKm, LARGEST_CELL_KM), latitude);
  return areas.map(({ fsa, centroid, samples }) => {
    const within = samples.filter((sample) => grid.withinReach(sample, reachKm)).length;
    const nearest = grid.nearestKm(centroid);
    return { fsa, nearestKm: nearest === null ? null : Math.round(nearest * 100) / 100, shareWithinReach: Math.round((within / samples.length) * 1000) / 1000 };
  });
}
