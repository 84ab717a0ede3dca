import { describe, expect, it } from 'vitest';
import type { FsaArea } from '../../shared/geo/fsa-areas.ts';
import { measureReach, sampleAreas } from './service-reach.ts';

/** A square about 4.4 km wide (0.04° of latitude, 0.054° of longitude at 43°N), west to east from -81.30. */
const square: FsaArea = {
  fsa: 'N6A',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [-81.3, 42.98],
        [-81.246, 42.98],
        [-81.246, 43.02],
        [-81.3, 43.02],
        [-81.3, 42.98],
      ],
    ],
  },
};

describe('service reach', () => {
  it('samples an area at the H3 cells inside it', () => {
    const [area] = sampleAreas([square]);
    // About 19 km² at 0.7 km² a cell.
    expect(area!.samples.length).toBeGreaterThan(18);
    expect(area!.samples.length).toBeLessThan(36);
    for (const [lng, lat] of area!.samples) {
      expect(lng).toBeGreaterThan(-81.3);
      expect(lat).toBeLessThan(43.02);
    }
  });

  it('measures the share of an area within reach of a site, and the nearest site from its centre', () => {
    const areas = sampleAreas([square]);
    const westEdge: [number, number] = [-81.3, 43.0];
    const [near] = measureReach(areas, [westEdge], 2.2);
    // The site sits on the west edge: about half the square is within 2.2 km.
    expect(near!.shareWithinReach).toBeGreaterThan(0.3);
    expect(near!.shareWithinReach).toBeLessThan(0.7);
    expect(near!.nearestKm).toBeCloseTo(2.2, 0);
    expect(measureReach(areas, [westEdge], 8)[0]!.shareWithinReach).toBe(1);
    expect(measureReach(areas, [], 5)[0]).toEqual({ fsa: 'N6A', nearestKm: null, shareWithinReach: 0 });
    // A site 50 km away is found as the nearest, but reaches nothing within 5 km.
    const far = measureReach(areas, [[-81.9, 43.0]], 5)[0]!;
    expect(far.shareWithinReach).toBe(0);
    expect(far.nearestKm).toBeGreaterThan(45);
  });
});
