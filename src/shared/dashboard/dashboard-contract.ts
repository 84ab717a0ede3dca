/**
 * The coordination dashboard's API contract, shared by the server and the app: what a view is
 * asked with, and the one table shape every view answers with (and every CSV export is written
 * from). Every count has passed the small-count rule on the server (suppression/cell-status.ts):
 * a hidden count arrives as `{ "suppressed": "under-10" }` (shown as "<10") or
 * `{ "suppressed": "complementary" }` (shown as "x": hidden so that another hidden count cannot be
 * worked out from the totals; it may be any number).
 */
import { z } from 'zod';

export const dashboardViews = ['volume', 'breakdown', 'outcomes', 'forwarding', 'flows', 'demand', 'coverage'] as const;
export type DashboardView = (typeof dashboardViews)[number];

/** What a view can be narrowed to, one at a time (see README: two at once would expose small counts). */
export const selectionDimensions = ['category', 'language', 'organization'] as const;
export type SelectionDimension = (typeof selectionDimensions)[number];

export const breakdownDimensions = ['category', 'language', 'organization', 'source'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

export const volumeIntervals = ['week', 'month'] as const;
export type VolumeInterval = (typeof volumeIntervals)[number];

/** Which selections each view obeys; the others are refused with a reason. */
export const viewSelections: Readonly<Record<DashboardView, readonly SelectionDimension[]>> = {
  volume: selectionDimensions,
  breakdown: selectionDimensions,
  outcomes: selectionDimensions,
  forwarding: selectionDimensions,
  flows: ['organization'],
  demand: [],
  coverage: ['category', 'language'],
};

export const DEFAULT_COVERAGE_DISTANCE_KM = 5;

const categoryId = z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be a category id such as language-classes');
const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as ar or zh-Hans');

/** The query string of every view. */
export const dashboardQuerySchema = z
  .object({
    /** The fiscal year, by the year it starts in: 2025 is April 2025 to March 2026. Default: the current one. */
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    category: categoryId.optional(),
    language: languageCode.optional(),
    organization: z.string().min(1).max(100).optional(),
    interval: z.enum(volumeIntervals).optional(),
    by: z.enum(breakdownDimensions).optional(),
    distanceKm: z.coerce.number().min(0.5).max(50).optional(),
  })
  .strict()
  .refine((query) => selectionDimensions.filter((dimension) => query[dimension] !== undefined).length <= 1, {
    message: 'choose one of category, language or organization at a time: combined, they would let counts under 10 be worked out from the totals',
    path: ['category'],
  });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export type SuppressedCount = { suppressed: 'under-10' | 'complementary' };

/** A count, a hidden count, a measure (hours, a share, kilometres), or nothing to show. */
export type TableValue = number | SuppressedCount | null;

/**
 * `count`: people or searches, always through the small-count rule. `listings`: services of the
 * public directory, which every phone downloads, shown as they are. `hours`, `share` (0 to 1),
 * `km`: measures, shown only when computed from enough people.
 */
export type ColumnUnit = 'count' | 'listings' | 'hours' | 'share' | 'km';

export interface TableColumn {
  key: string;
  unit: ColumnUnit;
  /** A name to show when the key is an id (an organization). */
  label?: string;
}

export interface TableRow {
  key: string;
  label?: string;
  values: TableValue[];
}

export interface DashboardTable {
  /** Unique within its view; its CSV is `<view>/<id>.csv`. */
  id: string;
  /** What each row is: `week`, `month`, `language`, `organization`, `fsa`... */
  rowDimension: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** One value per column (null where a column has no total); null when the table has no totals row. */
  totals: TableValue[] | null;
}

export interface DashboardSelection {
  dimension: SelectionDimension;
  value: string;
  label?: string;
}

export interface DashboardFiscalYear {
  year: number;
  label: string;
  /** Monday of its first week, and the Monday after its last (figures use whole weeks). */
  firstWeek: string;
  endWeek: string;
}

export interface DashboardViewResponse {
  region: { id: string; name: string };
  view: DashboardView;
  fiscalYear: DashboardFiscalYear;
  selection: DashboardSelection | null;
  tables: DashboardTable[];
}

export interface DashboardRegionResponse {
  region: { id: string; name: string };
  /** Fiscal years with referrals or searches, oldest first, and the current one. */
  fiscalYears: number[];
  currentFiscalYear: number;
  organizations: { id: string; name: string }[];
  views: { view: DashboardView; selections: readonly SelectionDimension[] }[];
  /** Counts from 1 to this minus one are never shown. */
  smallCountThreshold: number;
}

export const isSuppressed = (value: TableValue): value is SuppressedCount => typeof value === 'object' && value !== null;
