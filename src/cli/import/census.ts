/**
 * `npm run import -- census FILE`: census counts of recent immigrants, `geo_code,count` by FSA or
 * census tract, stored in the server's database (as its environment says: DATABASE_URL or
 * DATA_DIR) for the dashboard's coverage view. All or nothing, like every import: one bad row
 * and nothing is stored, unless `--skip-invalid`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { GuichetDatabase } from '../../server/db/database.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { readEnv } from '../../server/env.ts';
import { replaceCensusCounts } from '../../server/dashboard/census-counts.ts';
import { fsaAreasOf, type FsaArea } from '../../shared/geo/fsa-areas.ts';
import type { AreaCollection } from '../../shared/geo/geojson.ts';
import type { CommandIo, ImportKind, ImportOptions } from './command.ts';
import { readCensusCounts, tractCentres, type CensusGeography } from './census-rows.ts';
import { formatReport, ImportReport, plural } from './report.ts';

export interface CensusImportPlaces {
  /** FSA boundaries: imported (`import geo fsa`) or the region's generated ones. */
  fsaAreasFile: string | null;
  /** Census tract boundaries (`import geo ct`), needed for tract codes only. */
  tractsFile: string | null;
}

const print = (stream: CommandIo['stderr'], lines: string[]) => stream.write(lines.map((line) => `${line}\n`).join(''));

async function readJson<T>(path: string | null): Promise<T | null> {
  return path && existsSync(path) ? (JSON.parse(await readFile(path, 'utf8')) as T) : null;
}

async function geographyOf(options: ImportOptions, places: CensusImportPlaces): Promise<CensusGeography> {
  const areas = await readJson<AreaCollection<{ kind: string; fsa?: string; id?: string }>>(places.fsaAreasFile);
  const fsaAreas: FsaArea[] = areas ? fsaAreasOf(areas) : [];
  const tracts = await readJson<Parameters<typeof tractCentres>[0]>(places.tractsFile);
  return {
    regionName: options.region.region.name,
    fsas: new Set([...fsaAreas.map((area) => area.fsa), ...Object.keys(options.region.fsaCentroids)]),
    fsaAreas,
    tractCentres: tracts ? tractCentres(tracts) : null,
  };
}

export async function importCensus(options: ImportOptions, io: CommandIo, database: GuichetDatabase, places: CensusImportPlaces, now = new Date()): Promise<number> {
  let text: string;
  try {
    text = await readFile(options.inputPath, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    print(io.stderr, [`Cannot read ${options.inputPath}: ${why}. Nothing was stored.`]);
    return 1;
  }
  const report = new ImportReport();
  const file = basename(options.inputPath);
  const counts = readCensusCounts(text, file, await geographyOf(options, places), report);
  if (report.hasErrors && !options.skipInvalid) {
    print(io.stderr, [
      `Import of ${options.inputPath} failed; the census counts stored before were kept.`,
      ...formatReport(report, { includeSkipped: false }),
      'Fix these rows, or run again with --skip-invalid to store the valid rows only.',
    ]);
    return 1;
  }
  if (counts.byFsa.size === 0) {
    print(io.stderr, [`Nothing to import from ${options.inputPath}; the census counts stored before were kept.`, ...formatReport(report, { includeSkipped: false })]);
    return 1;
  }
  await replaceCensusCounts(database.db, options.region.region.id, counts.byFsa, file, now);
  print(io.stdout, [
    `Imported ${options.inputPath} (census): ${plural(counts.rows, 'row')}${counts.tracts ? `, ${plural(counts.tracts, 'census tract')} counted in their FSA` : ''}.`,
    `Stored recent immigrants in ${plural(counts.byFsa.size, 'FSA')} of ${options.region.region.name}, replacing any earlier census counts.`,
    ...formatReport(report),
  ]);
  return 0;
}

export const censusImportKind: ImportKind = {
  summary: 'census counts of recent immigrants, CSV `geo_code,count` by FSA or census tract; stored in the database',
  async run(options, io) {
    const env = readEnv();
    const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
    try {
      await migrateToLatest(database);
      const generated = `data/geo/${options.region.region.id}.geojson`;
      return await importCensus(options, io, database, {
        fsaAreasFile: env.areasFile ?? (existsSync(generated) ? generated : null),
        tractsFile: 'var/geo/ct.geojson',
      });
    } finally {
      await database.close();
    }
  },
};
