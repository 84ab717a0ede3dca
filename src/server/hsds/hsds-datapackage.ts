/**
 * The tabular export of a region: one CSV per HSDS table, each a resource named after the table
 * (`organization`) in the file HSDS 3.0's schemas give it (`organizations.csv`, as the official
 * examples do), described by `datapackage.json` with a Frictionless
 * table schema for each, and zipped. Extension columns come after the HSDS ones, structured
 * values as JSON text. Built from the JSON export's records, so both exports say the same thing.
 */
import { zipSync, strToU8 } from 'fflate';
import { tableSpecs, type TableName } from '../../cli/import/hsds-tables.ts';
import { csvText } from './csv-write.ts';
import { tableFields, type FrictionlessField } from './frictionless-fields.ts';
import { hsdsDocument, type DirectoryTables } from './hsds-document.ts';
import { guichetExtensions, HSDS_PROFILE, HSDS_VERSION } from './hsds-profile.ts';
import { columnsOf, PLACE_UNIT, type HsdsRecord } from './hsds-records.ts';
import { taxonomyColumns, taxonomyTermColumns } from './hsds-taxonomy.ts';

/** The tables in the order HSDS lists its resources; the taxonomy tables close the package. */
const exportedTables: readonly TableName[] = [
  'organizations', 'services', 'locations', 'service_at_locations', 'addresses', 'phones', 'schedules', 'languages',
  'cost_options', 'required_documents', 'service_capacities', 'service_areas', 'accessibility', 'attributes',
];

/** Where a nested list goes in the tables: `capacities` are `service_capacity` rows. */
const nestedTables: Record<string, TableName> = {
  phones: 'phones', languages: 'languages', schedules: 'schedules', service_areas: 'service_areas', cost_options: 'cost_options',
  required_documents: 'required_documents', capacities: 'service_capacities', attributes: 'attributes', addresses: 'addresses', accessibility: 'accessibility',
};

class TableRows {
  readonly rows = new Map<TableName, Map<string, HsdsRecord>>(exportedTables.map((table) => [table, new Map()]));

  /**
   * One row per id: the same phone listed under a service and its location is one row naming
   * both, as the HSDS tables have it.
   */
  add(table: TableName, record: HsdsRecord): void {
    const rows = this.rows.get(table)!;
    const row: HsdsRecord = {};
    for (const column of columnsOf(table)) if (record[column] !== undefined) row[column] = record[column];
    const existing = rows.get(row.id as string);
    if (!existing) rows.set(row.id as string, row);
    else for (const [column, value] of Object.entries(row)) existing[column] ??= value;
    for (const [key, table] of Object.entries(nestedTables)) {
      const children = record[key];
      if (Array.isArray(children)) for (const child of children as HsdsRecord[]) this.add(table, child);
    }
  }
}

/** HSDS's own `path` for the table: the plural (`addresses.csv`), which every reader accepts. */
const fileOf = (table: TableName) => `${tableSpecs[table].fileNames[0]}.csv`;

/** The taxonomy and unit tables, which no import reads: their HSDS-required columns marked. */
const stringFields = (columns: readonly string[]): FrictionlessField[] =>
  columns.map((name) => ({ name, type: name === 'guichet_labels' ? 'object' : 'string', ...(name === 'id' || name === 'name' || name === 'description' ? { constraints: { required: true } } : {}) }));

function resource(name: string, path: string, fields: FrictionlessField[]) {
  return { name, path, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { fields, primaryKey: 'id' } };
}

/** File name -> file text, `datapackage.json` first. */
export function datapackageFiles(directory: DirectoryTables): Map<string, string> {
  const document = hsdsDocument(directory);
  const tables = new TableRows();
  for (const record of document.organizations) tables.add('organizations', record);
  for (const record of document.services) tables.add('services', record);
  for (const record of document.locations) tables.add('locations', record);
  for (const record of document.service_at_locations) tables.add('service_at_locations', record);

  const descriptor = {
    profile: 'tabular-data-package',
    name: `guichet-${directory.region.id}`,
    title: `${directory.region.name}: settlement services (HSDS ${HSDS_VERSION})`,
    hsds_version: HSDS_VERSION,
    hsds_profile: HSDS_PROFILE,
    guichet_region: directory.region,
    guichet_extensions: guichetExtensions,
    resources: [
      ...exportedTables.map((table) => resource(tableSpecs[table].singular, fileOf(table), tableFields(table))),
      resource('unit', 'units.csv', stringFields(['id', 'name'])),
      resource('taxonomy', 'taxonomies.csv', stringFields(taxonomyColumns)),
      resource('taxonomy_term', 'taxonomy_terms.csv', stringFields(taxonomyTermColumns)),
    ],
  };
  const files = new Map<string, string>([['datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`]]);
  for (const table of exportedTables) files.set(fileOf(table), csvText(columnsOf(table), [...tables.rows.get(table)!.values()]));
  files.set('units.csv', csvText(['id', 'name'], [PLACE_UNIT]));
  files.set('taxonomies.csv', csvText(taxonomyColumns, document.taxonomies));
  files.set('taxonomy_terms.csv', csvText(taxonomyTermColumns, document.taxonomy_terms));
  return files;
}

/** A fixed date in every entry, so the same listings zip to the same bytes. */
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

export function datapackageZip(directory: DirectoryTables): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of datapackageFiles(directory)) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: ZIP_MTIME });
}
