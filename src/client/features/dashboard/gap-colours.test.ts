import { describe, expect, it } from 'vitest';
import type { DashboardTable } from '../../../shared/dashboard/dashboard-contract.ts';
import { GAP_COLOURS, gapClasses, gapSteps, largestGapAreas, stepOf } from './gap-colours.ts';

const coverage = (rows: DashboardTable['rows'], gapKey = 'gap-census'): DashboardTable => ({
  id: 'coverage-by-fsa',
  rowDimension: 'fsa',
  columns: [
    { key: 'referrals', unit: 'count' },
    { key: 'census-newcomers', unit: 'count' },
    { key: 'services', unit: 'listings' },
    { key: 'nearest-service-km', unit: 'km' },
    { key: 'share-within-reach', unit: 'share' },
    { key: gapKey, unit: 'count' },
  ],
  rows,
  totals: null,
});

describe('the gap map scale', () => {
  it('has five steps of one scale: 0, then four equal steps from 10 to the largest gap', () => {
    const steps = gapSteps(409);
    expect(steps.map((step) => step.colour)).toEqual([...GAP_COLOURS]);
    expect(steps.map((step) => [step.from, step.to])).toEqual([
      [0, 0],
      [10, 109],
      [110, 209],
      [210, 309],
      [310, null],
    ]);
  });

  it('keeps whole steps when every gap is small or zero', () => {
    const steps = gapSteps(0);
    expect(steps).toHaveLength(5);
    expect(steps[1]).toMatchObject({ from: 10, to: 10 });
    expect(stepOf(10, steps)).toBe('1');
    expect(stepOf(0, steps)).toBe('0');
    expect(stepOf(500, steps)).toBe('4');
  });

  it('runs from light to dark, so a larger gap always reads darker', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const values = GAP_COLOURS.map(luminance);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });

  it('classes hidden counts as hidden and areas with no newcomers apart from the scale', () => {
    const classes = gapClasses([
      coverage([
        { key: 'N6A', values: [40, 200, 3, 1.2, 0.5, 100] },
        { key: 'N6B', values: [12, { suppressed: 'under-10' }, 0, 4, 0.2, { suppressed: 'under-10' }] },
        { key: 'N6C', values: [0, 0, 0, 6, 0, 0] },
        { key: 'N6E', values: [30, 120, 5, 0.3, 1, 0] },
        { key: 'N6G', values: [30, 120, 5, 0.3, 1, null] },
      ]),
    ])!;
    expect(Object.fromEntries(classes.byArea)).toEqual({ N6A: '4', N6B: 'hidden', N6C: 'none', N6E: '0' });
  });

  it('reads the newcomers from referrals when the gap is counted from them', () => {
    const classes = gapClasses([coverage([{ key: 'N6C', values: [0, null, 0, 6, 0, 0] }], 'gap-referrals')])!;
    expect(classes.byArea.get('N6C')).toBe('none');
  });

  it('names the three largest gaps in the order of their table', () => {
    const largest: DashboardTable = {
      id: 'largest-gaps',
      rowDimension: 'fsa',
      columns: [],
      totals: null,
      rows: ['N5Y', 'N6A', 'N6E', 'N6G'].map((key) => ({ key, values: [] })),
    };
    expect(largestGapAreas([largest])).toEqual(['N5Y', 'N6A', 'N6E']);
  });
});
