/**
 * Importer for Open Referral HSDS 3 data: a tabular datapackage (a folder of CSV files, its
 * `datapackage.json`, or a zip of them) or an HSDS JSON file. Both are read into flat table rows,
 * then validated and assembled by the same code. The admin import reads uploads through the
 * same functions (`importHsdsUpload`).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { assembleDirectoryRecords } from './hsds-assemble.ts';
import { flattenHsdsJson, readHsdsJsonFile } from './hsds-json.ts';
import { readPackageSource, readTabularPackage } from './hsds-tabular.ts';
import type { SourceRow, SourceTables } from './hsds-tables.ts';
import { UnreadableZip, zipSource } from './hsds-zip.ts';
import { emptyRecords, type ImportResult } from './records.ts';
import { ImportReport } from './report.ts';

const isCoordinate = (value: unknown, limit: number) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/**
 * A location with unusable coordinates is still worth listing by its address, so bad
 * coordinates are dropped with a warning instead of failing the row. Half a pair is dropped too:
 * it cannot put anything on a map.
 */
function dropUnusableCoordinates(locations: SourceRow[], report: ImportReport): void {
  for (const { origin, values } of locations) {
    const { latitude, longitude } = values;
    if (latitude === undefined && longitude === undefined) continue;
    if (isCoordinate(latitude, 90) && isCoordinate(longitude, 180)) continue;
    const given = `latitude ${JSON.stringify(latitude ?? null)}, longitude ${JSON.stringify(longitude ?? null)}`;
    report.warning(origin, 'latitude', `${given} is not a position on Earth; coordinates dropped, the location will not appear on the map`);
    delete values.latitude;
    delete values.longitude;
  }
}

function assembled(tables: SourceTables, report: ImportReport): ImportResult {
  dropUnusableCoordinates(tables.locations, report);
  return { records: assembleDirectoryRecords(tables, report), report };
}

async function readZip(bytes: Uint8Array, file: string, report: ImportReport): Promise<SourceTables | null> {
  try {
    return await readPackageSource(zipSource(bytes, file), report);
  } catch (error) {
    if (!(error instanceof UnreadableZip)) throw error;
    report.error({ file, row: null }, null, error.message.replace(`${file} `, ''));
    return null;
  }
}

/** An uploaded file: HSDS JSON text, or a datapackage zip. */
export async function importHsdsUpload(bytes: Uint8Array, format: 'json' | 'zip', file: string): Promise<ImportResult> {
  const report = new ImportReport();
  if (format === 'zip') {
    const tables = await readZip(bytes, file, report);
    return tables ? assembled(tables, report) : { records: emptyRecords(), report };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let document: unknown;
  try {
    document = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    report.error({ file, row: null }, null, `is not valid JSON (${(error as Error).message})`);
    return { records: emptyRecords(), report };
  }
  return assembled(flattenHsdsJson(document, file, report), report);
}

export async function importHsds(inputPath: string): Promise<ImportResult> {
  const report = new ImportReport();
  const isFolder = (await stat(inputPath)).isDirectory();
  if (!isFolder && inputPath.toLowerCase().endsWith('.csv')) {
    // One table alone cannot make a directory: services need their organizations.
    report.error({ file: basename(inputPath), row: null }, null, `is one table; give the datapackage folder that holds it (${dirname(inputPath)})`);
    return { records: emptyRecords(), report };
  }
  if (!isFolder && inputPath.toLowerCase().endsWith('.zip')) {
    const tables = await readZip(await readFile(inputPath), basename(inputPath), report);
    return tables ? assembled(tables, report) : { records: emptyRecords(), report };
  }
  const tables = isFolder
    ? await readTabularPackage(inputPath, report)
    : basename(inputPath).toLowerCase() === 'datapackage.json'
      ? await readTabularPackage(dirname(inputPath), report)
      : await readHsdsJsonFile(inputPath, report);
  return assembled(tables, report);
}
