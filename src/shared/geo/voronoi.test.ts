import { describe, expect, it } from 'vitest';
import { distanceKm, type LngLat } from './distance.ts';
import { isPointInRing } from './point-in-polygon.ts';
import { signedArea } from './ring.ts';
import { voronoiCells } from './voronoi.ts';

/** A seeded scatter of sites around London, Ontario (43°N), so failures reproduce. */
function createSites(count: number, seed = 1): LngLat[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => [-81.4 + next() * 0.3, 42.88 + next() * 0.16] as LngLat);
}

/** A convex pentagon around the sites, written clockwise as some tools do. */
function createClip(): LngLat[] {
  return [[-81.45, 42.85], [-81.45, 43.02], [-81.25, 43.08], [-81.05, 43.0], [-81.08, 42.85], [-81.45, 42.85]];
}

/** A grid of points across the clip's bounding box. */
function createProbes(steps = 40): LngLat[] {
  const probes: LngLat[] = [];
  for (let i = 0; i <= steps; i++) for (let j = 0; j <= steps; j++) probes.push([-81.45 + (0.4 * i) / steps, 42.85 + (0.23 * j) / steps]);
  return probes;
}

const cellsOf = (sites: LngLat[]) => voronoiCells(sites, createClip()).map((cell) => cell!);

describe('Voronoi cells', () => {
  it('puts every site inside its own cell', () => {
    const sites = createSites(60);
    cellsOf(sites).forEach((cell, index) => expect(isPointInRing(sites[index]!, cell), `site ${index}`).toBe(true));
  });

  it('cover the clip area exactly: their areas add up to it', () => {
    const total = cellsOf(createSites(60)).reduce((sum, cell) => sum + signedArea(cell), 0);
    // Areas in square degrees: the projection is affine, so proportions are the same as on the plane.
    expect(total).toBeCloseTo(Math.abs(signedArea(createClip())), 10);
  });

  it('do not overlap: no point is inside two cells', () => {
    const cells = cellsOf(createSites(60));
    for (const probe of createProbes()) {
      expect(cells.filter((cell) => isPointInRing(probe, cell)).length, `${probe}`).toBeLessThanOrEqual(1);
    }
  });

  it('put a point in the cell of the site nearest it on the ground', () => {
    const sites = createSites(60);
    const cells = cellsOf(sites);
    for (const probe of createProbes()) {
      const cell = cells.findIndex((ring) => isPointInRing(probe, ring));
      if (cell === -1) continue; // outside the clip area
      const byDistance = sites.map((site, index) => ({ index, km: distanceKm(probe, site) })).sort((a, b) => a.km - b.km);
      // Within 10 m of a bisector the flat plane and the sphere may disagree; nobody will notice.
      if (byDistance[1]!.km - byDistance[0]!.km < 0.01) continue;
      expect(cell, `${probe}`).toBe(byDistance[0]!.index);
    }
  });

  it('measure closeness on the ground, where a degree of longitude is shorter than one of latitude', () => {
    const point: LngLat = [-81.25, 42.98];
    const east: LngLat = [-81.2, 42.98]; // 0.05° of longitude: about 4.1 km at 43°N
    const north: LngLat = [-81.25, 43.02]; // 0.04° of latitude: about 4.4 km
    const [eastCell] = voronoiCells([east, north], createClip());
    expect(isPointInRing(point, eastCell!)).toBe(true);
  });

  it('return closed counter-clockwise rings, as GeoJSON wants', () => {
    for (const cell of cellsOf(createSites(10))) {
      expect(cell[0]).toEqual(cell[cell.length - 1]);
      expect(signedArea(cell)).toBeGreaterThan(0);
    }
  });

  it('give no cell to a site whose cell lies wholly outside the clip area', () => {
    const cells = voronoiCells([[-81.25, 42.95], [-80.0, 42.95]], createClip());
    expect(cells[0]).not.toBeNull();
    expect(cells[1]).toBeNull();
  });

  it('refuse two sites at the same point', () => {
    expect(() => voronoiCells([[-81.25, 42.95], [-81.2, 42.9], [-81.25, 42.95]], createClip())).toThrow('sites 0 and 2 are the same point');
  });
});
