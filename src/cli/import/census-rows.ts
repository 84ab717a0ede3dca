/**
 * A census table of recent immigrants as `geo_code,count`, by FSA (`N6A`) or census tract
 * (`5550001.00`), checked row by row and summed by FSA, the finest geography the dashboard
 * shows. A tract counts in the FSA its centre lies in: tracts are much smaller than FSAs, so the
 * few that straddle a boundary move few people.
 */
import { areaCentroid, fsaAt, type FsaArea } from '../../shared/geo/fsa-areas.ts';
import { parseFsa } from '../../shared/geo/fsa.ts';
import type { LngLat } from '../../shared/geo/distance.ts';
import { parseCsv } from './csv.ts';
import type { ImportReport } from './report.ts';
import { boundarySources } from './geo-sources.ts';

export interface CensusGeography {
  regionName: string;
  /** The region's FSAs: an FSA code outside them is a mistake (another region's file). */
  fsas: ReadonlySet<string>;
  fsaAreas: readonly FsaArea[];
  /** Tract centres by id; null when no tract boundaries are installed. */
  tractCentres: ReadonlyMap<string, LngLat> | null;
}

export interface CensusCounts {
  byFsa: Map<string, number>;
  rows: number;
  tracts: number;
}

const COLUMNS = ['geo_code', 'count'];

export function tractCentres(collection: { features: readonly { properties: { kind?: string; id?: string }; geometry: FsaArea['geometry'] }[] }): Map<string, LngLat> {
  const centres = new Map<string, LngLat>();
  for (const { properties, geometry } of collection.features) {
    const centre = properties.kind === 'ct' && properties.id ? areaCentroid(geometry) : null;
    if (centre) centres.set(properties.id!, centre);
  }
  return centres;
}

export function readCensusCounts(text: string, file: string, geography: CensusGeography, report: ImportReport): CensusCounts {
  const table = parseCsv(text);
  const whole = { file, row: null };
  for (const problem of table.problems) report.error({ file, row: null }, null, `line ${problem.line}: ${problem.problem}`);
  const missing = COLUMNS.filter((column) => !table.header.includes(column));
  if (missing.length > 0) {
    report.error(whole, null, `the header must name the columns ${COLUMNS.join(',')} (missing: ${missing.join(', ')})`);
    return { byFsa: new Map(), rows: 0, tracts: 0 };
  }
  const byFsa = new Map<string, number>();
  const seen = new Map<string, number>();
  let [rows, tracts] = [0, 0];
  for (const record of table.records) {
    const origin = { file, row: record.row };
    if (record.problem) {
      report.error(origin, null, record.problem);
      continue;
    }
    const code = record.values.geo_code!.trim();
    const countText = record.values.count!.trim();
    const errorsBefore = report.errors.length;
    if (!/^\d{1,9}$/.test(countText)) report.error(origin, 'count', `must be a whole number of people (got "${countText}")`);
    const earlier = seen.get(code);
    if (earlier !== undefined) report.error(origin, 'geo_code', `${code} is also on row ${earlier}`);
    let fsa: string | null = null;
    if (code.length === 3) {
      fsa = parseFsa(code);
      if (!fsa || !geography.fsas.has(fsa)) report.error(origin, 'geo_code', `${code} is not an FSA of ${geography.regionName}`);
    } else if (boundarySources.ct.parseId(code)) {
      const centre = geography.tractCentres?.get(code);
      if (!geography.tractCentres) report.error(origin, 'geo_code', 'census tract codes need the tract boundaries: run `npm run import -- geo ct FILE` first');
      else if (!centre) report.error(origin, 'geo_code', `${code} is not a census tract of the installed boundaries`);
      else fsa = fsaAt(centre, geography.fsaAreas);
    } else {
      report.error(origin, 'geo_code', `must be an FSA like N6A or a census tract id like 5550001.00 (got "${code}")`);
    }
    if (report.errors.length > errorsBefore || !fsa) {
      report.skip(origin, `geo_code ${code || '(empty)'}`, 'not counted');
      continue;
    }
    seen.set(code, record.row);
    byFsa.set(fsa, (byFsa.get(fsa) ?? 0) + Number(countText));
    rows += 1;
    if (code.length !== 3) tracts += 1;
  }
  return { byFsa, rows, tracts };
}
