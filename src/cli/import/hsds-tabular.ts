/**
 * Reads an HSDS 3 tabular datapackage: a folder (or a zip) of CSV files, one per table, described
 * by `datapackage.json`. Descriptors in the wild are often broken (the official examples ship one
 * that is only a relative path), so the CSV files are then found by their HSDS table names.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseCsv } from './csv.ts';
import { coerceCsvValues } from './hsds-rows.ts';
import { emptySourceTables, ignoredTableNames, tableForFileName, tableSpecs, type SourceTables, type TableName } from './hsds-tables.ts';
import type { ImportReport } from './report.ts';

const DESCRIPTOR = 'datapackage.json';

/** Where the package's files are read from: a folder on disk, or the entries of a zip. */
export interface PackageSource {
  /** A path that the descriptor's paths must stay inside. */
  root: string;
  /** File names at the package's top level. */
  list(): Promise<string[]>;
  /** The file's text; rejects when it is not there. */
  read(file: string): Promise<string>;
}

export function folderSource(folder: string): PackageSource {
  return { root: folder, list: () => readdir(folder), read: (file) => readFile(join(folder, file), 'utf8') };
}

interface PackageFile {
  /** Path relative to the package folder, as reports name it. */
  file: string;
  /** The table, from the descriptor's resource name or else the file name. */
  name: string;
}

function tableNameOfFile(file: string): string {
  return basename(file).replace(/\.csv$/i, '').toLowerCase();
}

/** The CSV files the descriptor lists, or `null` (with a warning) when it cannot be used. */
async function filesFromDescriptor(source: PackageSource, report: ImportReport): Promise<PackageFile[] | null> {
  const folder = source.root;
  const origin = { file: DESCRIPTOR, row: null };
  let text: string;
  try {
    text = await source.read(DESCRIPTOR);
  } catch {
    report.warning(origin, null, 'not found; reading the CSV files named after HSDS tables');
    return null;
  }
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(text);
  } catch {
    report.warning(origin, null, 'is not valid JSON; reading the CSV files named after HSDS tables instead');
    return null;
  }
  const resources = (descriptor as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) {
    report.warning(origin, 'resources', 'is missing; reading the CSV files named after HSDS tables instead');
    return null;
  }
  const files: PackageFile[] = [];
  resources.forEach((resource: { name?: unknown; path?: unknown }, index) => {
    const paths = (Array.isArray(resource?.path) ? resource.path : [resource?.path]).filter((path) => typeof path === 'string');
    if (paths.length === 0) report.warning({ ...origin, path: `resources[${index}]` }, 'path', 'is missing; resource ignored');
    for (const path of paths) {
      const file = relative(folder, resolve(folder, path));
      if (file.startsWith('..') || file.startsWith(sep)) {
        report.error({ ...origin, path: `resources[${index}]` }, 'path', `"${path}" is outside the package folder`);
        continue;
      }
      const name = typeof resource.name === 'string' ? resource.name.toLowerCase() : tableNameOfFile(file);
      files.push({ file, name: tableForFileName(name) ? name : tableNameOfFile(file) });
    }
  });
  return files;
}

async function filesByName(source: PackageSource): Promise<PackageFile[]> {
  const entries = await source.list();
  return entries
    .filter((entry) => entry.toLowerCase().endsWith('.csv'))
    .sort()
    .map((file) => ({ file, name: tableNameOfFile(file) }));
}

async function readTable(source: PackageSource, { file }: PackageFile, table: TableName, tables: SourceTables, report: ImportReport): Promise<void> {
  let text: string;
  try {
    text = await source.read(file);
  } catch {
    report.error({ file, row: null }, null, 'is listed in datapackage.json but cannot be read');
    return;
  }
  const csv = parseCsv(text);
  if (csv.problems.length > 0) {
    for (const problem of csv.problems) report.syntaxError(file, { line: problem.line }, problem.problem);
    report.skip({ file, row: null }, 'every row', 'the file could not be read');
    return;
  }
  const columns = new Set(Object.keys(tableSpecs[table].schema.shape));
  const unknown = csv.header.filter((column) => !columns.has(column));
  if (unknown.length > 0) {
    report.warning({ file, row: null }, null, `column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} not part of the HSDS ${table} table; ignored`);
  }
  for (const record of csv.records) {
    const origin = { file, row: record.row, table };
    if (record.problem) report.error(origin, null, record.problem);
    tables[table].push({ table, origin, values: coerceCsvValues(table, record.values, origin, report), rejected: Boolean(record.problem) });
  }
}

/** Every directory table found in the package folder, as rows ready to validate. */
export async function readTabularPackage(folder: string, report: ImportReport): Promise<SourceTables> {
  return readPackageSource(folderSource(folder), report);
}

/** The same, from any source of package files. */
export async function readPackageSource(source: PackageSource, report: ImportReport): Promise<SourceTables> {
  const folder = source.root;
  const tables = emptySourceTables();
  const files = (await filesFromDescriptor(source, report)) ?? (await filesByName(source));
  let readAny = false;
  for (const packageFile of files) {
    const table = tableForFileName(packageFile.name);
    if (table) {
      readAny = true;
      await readTable(source, packageFile, table, tables, report);
    } else if (ignoredTableNames.has(packageFile.name)) {
      report.warning({ file: packageFile.file, row: null }, null, "HSDS table not used by Guichet's directory; ignored");
    } else {
      report.warning({ file: packageFile.file, row: null }, null, 'not an HSDS table; ignored');
    }
  }
  if (!readAny) report.error({ file: folder, row: null }, null, 'no HSDS table found (expected files such as services.csv and organizations.csv)');
  return tables;
}
