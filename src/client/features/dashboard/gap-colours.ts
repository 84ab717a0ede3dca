/**
 * The gap map's classes, from the coverage view's own tables: five steps of one sequential,
 * colour-blind-safe scale (viridis, light to dark as the gap grows), a hatched grey for hidden
 * counts, and a light grey for areas with no newcomers counted. Pure, so it is tested alone.
 */
import { isSuppressed, type DashboardTable, type TableValue } from '../../../shared/dashboard/dashboard-contract.ts';

export const GAP_COLOURS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;
export const HIDDEN_COLOUR = '#8c8c8c';
/** Service sites: vermilion, apart from every viridis step, with a white ring for the darkest. */
export const SITE_COLOUR = '#d55e00';
export const NO_NEWCOMERS_COLOUR = '#e6e6e6';

/** A step's index as text ("0" to "4"), or one of the two neutral classes. */
export type GapClass = '0' | '1' | '2' | '3' | '4' | 'hidden' | 'none';

/** A step covers gaps from `from` up to `to` (null: no upper end). */
export interface GapStep {
  from: number;
  to: number | null;
  colour: string;
}

export interface GapClasses {
  steps: GapStep[];
  byArea: Map<string, GapClass>;
}

/** A shown count is 0 or at least this (1 to 9 are hidden), so steps above the first start here. */
const SMALLEST_SHOWN = 10;

/** "0" (everyone within reach), then four equal steps from 10, the largest gap in the last. */
export function gapSteps(largest: number): GapStep[] {
  const width = Math.max(1, Math.ceil((largest - SMALLEST_SHOWN + 1) / 4));
  const starts = [0, 1, 2, 3].map((step) => SMALLEST_SHOWN + step * width);
  return [
    { from: 0, to: 0, colour: GAP_COLOURS[0] },
    ...starts.map((from, index) => ({ from, to: index === 3 ? null : from + width - 1, colour: GAP_COLOURS[index + 1]! })),
  ];
}

export function stepOf(gap: number, steps: readonly GapStep[]): GapClass {
  const index = steps.findIndex((step) => gap >= step.from && (step.to === null || gap <= step.to));
  return String(index === -1 ? 0 : index) as GapClass;
}

const shownNumber = (value: TableValue | undefined): number | null => (typeof value === 'number' ? value : null);

/** Each FSA's class from `coverage-by-fsa`: its gap column, and the newcomers that gap is counted from. */
export function gapClasses(tables: readonly DashboardTable[]): GapClasses | null {
  const table = tables.find((candidate) => candidate.id === 'coverage-by-fsa');
  if (!table) return null;
  const gapColumn = table.columns.findIndex((column) => column.key.startsWith('gap-'));
  if (gapColumn === -1) return null;
  const newcomersKey = table.columns[gapColumn]!.key === 'gap-census' ? 'census-newcomers' : 'referrals';
  const newcomersColumn = table.columns.findIndex((column) => column.key === newcomersKey);
  const largest = Math.max(0, ...table.rows.map((row) => shownNumber(row.values[gapColumn]) ?? 0));
  const steps = gapSteps(largest);
  const byArea = new Map<string, GapClass>();
  for (const row of table.rows) {
    const gap = row.values[gapColumn];
    if (gap === undefined || gap === null) continue;
    if (isSuppressed(gap)) byArea.set(row.key, 'hidden');
    else if (shownNumber(row.values[newcomersColumn]) === 0) byArea.set(row.key, 'none');
    else byArea.set(row.key, stepOf(gap, steps));
  }
  return { steps, byArea };
}

/** The areas heading `largest-gaps`, as the table names them. */
export function largestGapAreas(tables: readonly DashboardTable[], count = 3): string[] {
  const table = tables.find((candidate) => candidate.id === 'largest-gaps');
  return (table?.rows ?? []).slice(0, count).map((row) => row.label ?? row.key);
}

/** MapLibre's fill colour for the `gapClass` property. */
export function gapFillColour(): unknown[] {
  return [
    'match',
    ['get', 'gapClass'],
    ...GAP_COLOURS.flatMap((colour, index) => [String(index), colour]),
    'hidden',
    HIDDEN_COLOUR,
    NO_NEWCOMERS_COLOUR,
  ];
}
