/**
 * The dashboard's choices, kept in the address so a view can be shared and reloaded: region,
 * fiscal year, one "narrow to" selection, and each section's own option. Pure, so it is tested
 * without a browser.
 */
import {
  breakdownDimensions,
  DEFAULT_COVERAGE_DISTANCE_KM,
  selectionDimensions,
  viewSelections,
  volumeIntervals,
  type BreakdownDimension,
  type DashboardView,
  type SelectionDimension,
  type VolumeInterval,
} from '../../../shared/dashboard/dashboard-contract.ts';

/** The distances offered for coverage, within what the API accepts (0.5 to 50 km). */
export const coverageDistancesKm = [1, 2, 5, 10, 20] as const;

export interface DashboardChoice {
  region: string | null;
  year: number | null;
  /** One selection at a time: combined, they would let small counts be worked out. */
  narrow: { dimension: SelectionDimension; value: string } | null;
  interval: VolumeInterval;
  by: BreakdownDimension;
  distanceKm: number;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T =>
  value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

export function readDashboardChoice(query: Record<string, string | undefined>): DashboardChoice {
  const year = Number(query.year);
  const distanceKm = Number(query.distanceKm);
  const dimension = selectionDimensions.find((candidate) => query[candidate]);
  return {
    region: query.region || null,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    narrow: dimension ? { dimension, value: query[dimension]! } : null,
    interval: oneOf(volumeIntervals, query.interval, 'month'),
    by: oneOf(breakdownDimensions, query.by, 'category'),
    distanceKm: (coverageDistancesKm as readonly number[]).includes(distanceKm) ? distanceKm : DEFAULT_COVERAGE_DISTANCE_KM,
  };
}

/** The page's own address for a choice; defaults are left out so links stay short. */
export function dashboardPath(choice: DashboardChoice): string {
  const params = new URLSearchParams();
  if (choice.region) params.set('region', choice.region);
  if (choice.year !== null) params.set('year', String(choice.year));
  if (choice.narrow) params.set(choice.narrow.dimension, choice.narrow.value);
  if (choice.interval !== 'month') params.set('interval', choice.interval);
  if (choice.by !== 'category') params.set('by', choice.by);
  if (choice.distanceKm !== DEFAULT_COVERAGE_DISTANCE_KM) params.set('distanceKm', String(choice.distanceKm));
  const search = params.toString();
  return search ? `/dashboard?${search}` : '/dashboard';
}

/** Whether a view can be narrowed to the chosen selection; when not, it shows the whole region. */
export const viewObeysNarrow = (view: DashboardView, choice: DashboardChoice): boolean =>
  choice.narrow === null || viewSelections[view].includes(choice.narrow.dimension);

/** Weekly figures are region-wide only (the API refuses them narrowed): narrowed, volume is monthly. */
export const effectiveInterval = (choice: DashboardChoice): VolumeInterval => (choice.narrow ? 'month' : choice.interval);

/** The API query of one view: the year, the selection it obeys, and its own option. */
export function viewQuery(view: DashboardView, choice: DashboardChoice, year: number): string {
  const params = new URLSearchParams({ year: String(year) });
  if (choice.narrow && viewObeysNarrow(view, choice)) params.set(choice.narrow.dimension, choice.narrow.value);
  if (view === 'volume') params.set('interval', effectiveInterval(choice));
  if (view === 'breakdown') params.set('by', choice.by);
  if (view === 'coverage') params.set('distanceKm', String(choice.distanceKm));
  return params.toString();
}

const regionPath = (region: string) => `/api/dashboard/regions/${encodeURIComponent(region)}`;
export const regionSummaryUrl = regionPath;
export const viewUrl = (region: string, view: DashboardView, query: string) => `${regionPath(region)}/${view}?${query}`;
export const csvUrl = (region: string, view: DashboardView, tableId: string, query: string) => `${regionPath(region)}/${view}/${tableId}.csv?${query}`;
