/**
 * Coverage: where newcomers live against where services are, by FSA (the finest geography a
 * coordinator sees). Newcomers are counted two ways: referrals by the FSA the newcomer gave, and
 * recent immigrants from imported census counts. Services are the public directory's sites of
 * the chosen category and language. The gap is the newcomers of an FSA times the share of its
 * area farther than the chosen distance from any such site; the largest gaps are ranked.
 */
import type { DashboardTable, TableColumn, TableRow, TableValue } from '../../shared/dashboard/dashboard-contract.ts';
import { primaryStatus, type Counted } from '../../shared/dashboard/suppression/cell-status.ts';
import type { Directory } from '../../shared/schema/directory.ts';
import { serviceSites } from './coverage-sites.ts';
import { NO_FSA } from './rollup-pairs.ts';
import { measureReach, type AreaReach, type SampledArea } from './service-reach.ts';
import type { FsaArea } from '../../shared/geo/fsa-areas.ts';
import { labelledRow, tableValue } from './table-values.ts';
import type { ViewContext } from './view-context.ts';

export interface CoverageGeography {
  areas: readonly FsaArea[];
  sampled: readonly SampledArea[];
}

export interface CoverageInputs {
  directory: Directory;
  geography: CoverageGeography;
  distanceKm: number;
}

const LARGEST_GAPS = 10;
const UNKNOWN_FSA_KEY = 'unknown';

async function referralFigures(context: ViewContext): Promise<{ figure: (fsa: string) => Counted; total: Counted; fsas: string[] }> {
  const { families, selection } = context;
  if (!selection) {
    const line = await families.line('referral', 'fsa');
    return { figure: line.figure, total: line.total, fsas: line.values };
  }
  const table = await families.table('referral', selection.dimension, 'fsa');
  return { figure: (fsa) => table.cell(selection.value, fsa), total: table.rowMargin(selection.value), fsas: table.columns };
}

async function censusCounts(context: ViewContext): Promise<Map<string, number> | null> {
  const rows = await context.scope.db
    .selectFrom('census_newcomer_counts')
    .select(['fsa', 'newcomers'])
    .where('region_id', '=', context.scope.regionId)
    .execute();
  return rows.length === 0 ? null : new Map(rows.map((row) => [row.fsa, Number(row.newcomers)]));
}

/** The gap of a shown newcomer count; hidden with it when it is hidden, since it would give it away. */
function gapOf(newcomers: Counted, reach: AreaReach | undefined): Counted | null {
  if (!reach) return null;
  if (newcomers.status !== 'published') return newcomers;
  const count = Math.round(newcomers.count * (1 - reach.shareWithinReach));
  return { count, status: primaryStatus(count) };
}

export async function coverageTables(context: ViewContext, { directory, geography, distanceKm }: CoverageInputs): Promise<DashboardTable[]> {
  const selection = context.selection;
  const sites = serviceSites(
    directory,
    { category: selection?.dimension === 'category' ? selection.value : null, language: selection?.dimension === 'language' ? selection.value : null },
    geography.areas,
  );
  const reach = new Map(measureReach(geography.sampled, sites.points, distanceKm).map((area) => [area.fsa, area]));
  const referrals = await referralFigures(context);
  const census = await censusCounts(context);
  const fsas = [...new Set([...geography.areas.map((area) => area.fsa), ...referrals.fsas.filter((fsa) => fsa !== NO_FSA)])].sort();
  const gapBase = census ? 'census' : 'referrals';
  const censusFigure = (fsa: string): Counted | null => (census ? { count: census.get(fsa) ?? 0, status: primaryStatus(census.get(fsa) ?? 0) } : null);

  const columns: TableColumn[] = [
    { key: 'referrals', unit: 'count' },
    { key: 'census-newcomers', unit: 'count' },
    { key: 'services', unit: 'listings' },
    { key: 'nearest-service-km', unit: 'km' },
    { key: 'share-within-reach', unit: 'share' },
    { key: `gap-${gapBase}`, unit: 'count' },
  ];
  const gaps = new Map<string, Counted | null>();
  const rows: TableRow[] = fsas.map((fsa) => {
    const area = reach.get(fsa);
    const newcomers = censusFigure(fsa) ?? referrals.figure(fsa);
    const gap = gapOf(newcomers, area);
    gaps.set(fsa, gap);
    const censusValue: TableValue = census ? tableValue(censusFigure(fsa)!) : null;
    return { key: fsa, values: [tableValue(referrals.figure(fsa)), censusValue, sites.servicesByFsa.get(fsa) ?? 0, area?.nearestKm ?? null, area?.shareWithinReach ?? null, gap ? tableValue(gap) : null] };
  });
  if (referrals.figure(NO_FSA).count > 0) rows.push({ key: UNKNOWN_FSA_KEY, values: [tableValue(referrals.figure(NO_FSA)), null, null, null, null, null] });

  const ranked = [...gaps]
    .filter((entry): entry is [string, Counted] => entry[1] !== null && entry[1].status === 'published' && entry[1].count > 0)
    .sort(([fsaA, a], [fsaB, b]) => b.count - a.count || (fsaA < fsaB ? -1 : 1))
    .slice(0, LARGEST_GAPS);
  return [
    { id: 'coverage-by-fsa', rowDimension: 'fsa', columns, rows, totals: [tableValue(referrals.total), null, null, null, null, null] },
    {
      id: 'largest-gaps',
      rowDimension: 'fsa',
      columns: [columns[5]!, columns[4]!, columns[3]!],
      rows: ranked.map(([fsa, gap]) => labelledRow(fsa, [tableValue(gap), reach.get(fsa)!.shareWithinReach, reach.get(fsa)!.nearestKm])),
      totals: null,
    },
  ];
}
