import { describe, expect, it } from 'vitest';
import { checkAreaGeometry } from './geo-geometry.ts';

function createSquare(altitude?: number): number[][] {
  const corners = [[-81.3, 42.9], [-81.2, 42.9], [-81.2, 43.0], [-81.3, 43.0], [-81.3, 42.9]];
  return altitude === undefined ? corners : corners.map((corner) => [...corner, altitude]);
}

describe('boundary geometry check', () => {
  it('accepts a Polygon and a MultiPolygon', () => {
    expect(checkAreaGeometry({ type: 'Polygon', coordinates: [createSquare()] })).toHaveProperty('geometry.type', 'Polygon');
    expect(checkAreaGeometry({ type: 'MultiPolygon', coordinates: [[createSquare()]] })).toHaveProperty('geometry.type', 'MultiPolygon');
  });

  it('drops altitudes, which boundaries do not need', () => {
    const checked = checkAreaGeometry({ type: 'Polygon', coordinates: [createSquare(250)] });
    expect(checked).toEqual({ geometry: { type: 'Polygon', coordinates: [createSquare()] } });
  });

  it('refuses a geometry that is not an area', () => {
    expect(checkAreaGeometry({ type: 'Point', coordinates: [-81.25, 42.98] })).toEqual({
      field: 'geometry.type',
      problem: 'must be Polygon or MultiPolygon (got "Point")',
    });
  });

  it('refuses a feature without geometry', () => {
    expect(checkAreaGeometry(null)).toEqual({ field: 'geometry', problem: 'missing' });
  });

  it('refuses a ring of three positions, which cannot enclose anything and close', () => {
    expect(checkAreaGeometry({ type: 'Polygon', coordinates: [createSquare().slice(0, 3)] })).toEqual({
      field: 'geometry.coordinates[0]',
      problem: 'a ring needs at least 4 positions, the last repeating the first (got 3)',
    });
  });

  it('suspects projected coordinates when positions are far outside Canada', () => {
    const projected = createSquare().map(([lng, lat]) => [lng! * 10_000, lat! * 10_000]);
    const checked = checkAreaGeometry({ type: 'Polygon', coordinates: [projected] });
    expect(checked).toHaveProperty('field', 'geometry.coordinates[0][0]');
    expect(checked).toHaveProperty('problem', expect.stringContaining('is the file in degrees (EPSG:4326)?'));
  });
});
