import { describe, expect, it } from 'vitest';
import { formatPostalCode, parseFsa } from './fsa.ts';
import { distanceKm } from './distance.ts';
import { LONDON_MIDDLESEX_FSAS, nearestFsa } from './region-fsas.ts';

describe('postal codes', () => {
  it('reads the FSA of a postal code however it is typed', () => {
    expect(parseFsa('n6a 3n7')).toBe('N6A');
    expect(parseFsa('N6A3N7')).toBe('N6A');
    expect(parseFsa(' N5Y-4K4 ')).toBe('N5Y');
    expect(parseFsa('n6a')).toBe('N6A');
  });

  it('refuses what is not a Canadian postal code', () => {
    for (const bad of ['', 'N6', 'N6A 3N', 'D6A 3N7', 'N6A 3NO', '12345', 'W1A 1AA', 'N6A 3N77']) {
      expect(parseFsa(bad), bad).toBeNull();
    }
  });

  it('formats a full postal code the Canada Post way', () => {
    expect(formatPostalCode('n5y4k4')).toBe('N5Y 4K4');
    expect(formatPostalCode('N5Y')).toBeNull();
  });
});

describe('distance', () => {
  it('measures downtown London to Strathroy as about 30 km', () => {
    const km = distanceKm(LONDON_MIDDLESEX_FSAS.N6A!, LONDON_MIDDLESEX_FSAS.N7G!);
    expect(km).toBeGreaterThan(28);
    expect(km).toBeLessThan(34);
  });

  it('is zero from a point to itself and symmetric', () => {
    const a = [-81.25, 42.98] as const;
    const b = [-81.2, 42.9] as const;
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });

  it('maps a point to the FSA whose centroid is nearest', () => {
    expect(nearestFsa([-81.251, 42.996])).toBe('N6A');
    expect(nearestFsa([-81.62, 42.95])).toBe('N7G');
  });
});
