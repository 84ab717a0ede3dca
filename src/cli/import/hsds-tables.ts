/**
 * The HSDS 3 tables Guichet's directory is made of, as flat rows: the schema each row is checked
 * against, the file names a datapackage may publish it under, and which tables are valid HSDS
 * but have no place in the directory.
 */
import type { z } from 'zod';
import { directoryLocationSchema, directoryOrganizationSchema, directoryServiceSchema } from '../../shared/schema/directory.ts';
import { commonExtensions, scheduleExtensions } from '../../shared/schema/extensions.ts';
import {
  accessibilitySchema,
  addressSchema,
  attributeSchema,
  costOptionSchema,
  languageSchema,
  phoneSchema,
  requiredDocumentSchema,
  scheduleSchema,
  serviceAreaSchema,
  serviceAtLocationSchema,
  serviceCapacitySchema,
} from '../../shared/schema/hsds.ts';
import type { RowOrigin } from './report.ts';

export const tableNames = [
  'organizations',
  'services',
  'locations',
  'service_at_locations',
  'addresses',
  'accessibility',
  'phones',
  'schedules',
  'languages',
  'cost_options',
  'required_documents',
  'service_capacities',
  'service_areas',
  'attributes',
] as const;
export type TableName = (typeof tableNames)[number];

export interface TableSpec {
  /** How one row is named in reports: "service", "phone". */
  singular: string;
  /** File names (without `.csv`) the table is published under: HSDS examples mix singular and plural. */
  fileNames: readonly string[];
  /** The row alone: nested lists are filled from their own tables. */
  schema: z.ZodObject;
}

export const tableSpecs: Readonly<Record<TableName, TableSpec>> = {
  organizations: { singular: 'organization', fileNames: ['organizations', 'organization'], schema: directoryOrganizationSchema.omit({ phones: true }) },
  services: {
    singular: 'service',
    fileNames: ['services', 'service'],
    schema: directoryServiceSchema.omit({
      phones: true, schedules: true, service_areas: true, languages: true, cost_options: true, required_documents: true, capacities: true, attributes: true,
    }),
  },
  locations: {
    singular: 'location',
    fileNames: ['locations', 'location'],
    schema: directoryLocationSchema.omit({ addresses: true, phones: true, accessibility: true, languages: true, schedules: true }),
  },
  service_at_locations: { singular: 'service_at_location', fileNames: ['service_at_locations', 'service_at_location'], schema: serviceAtLocationSchema },
  addresses: { singular: 'address', fileNames: ['addresses', 'address'], schema: addressSchema },
  accessibility: { singular: 'accessibility', fileNames: ['accessibility', 'accessibilities', 'accessibility_for_disabilities'], schema: accessibilitySchema },
  phones: { singular: 'phone', fileNames: ['phones', 'phone'], schema: phoneSchema.omit({ languages: true }) },
  // Schedules, fees and documents carry Guichet's extensions as the directory does: closures, translations.
  schedules: { singular: 'schedule', fileNames: ['schedules', 'schedule'], schema: scheduleSchema.extend(scheduleExtensions) },
  languages: { singular: 'language', fileNames: ['languages', 'language'], schema: languageSchema },
  cost_options: { singular: 'cost_option', fileNames: ['cost_options', 'cost_option'], schema: costOptionSchema.extend(commonExtensions) },
  required_documents: { singular: 'required_document', fileNames: ['required_documents', 'required_document'], schema: requiredDocumentSchema.extend(commonExtensions) },
  service_capacities: { singular: 'service_capacity', fileNames: ['service_capacities', 'service_capacity', 'capacities'], schema: serviceCapacitySchema },
  service_areas: { singular: 'service_area', fileNames: ['service_areas', 'service_area'], schema: serviceAreaSchema },
  attributes: { singular: 'attribute', fileNames: ['attributes', 'attribute'], schema: attributeSchema },
};

/** HSDS tables with no place in Guichet's directory: reported as ignored, not as unknown. */
export const ignoredTableNames: ReadonlySet<string> = new Set([
  'contacts', 'contact', 'funding', 'fundings', 'programs', 'program', 'metadata', 'meta_table_descriptions', 'meta_table_description',
  'organization_identifiers', 'organization_identifier', 'taxonomies', 'taxonomy', 'taxonomy_terms', 'taxonomy_term', 'units', 'unit', 'urls', 'url',
]);

export function tableForFileName(fileName: string): TableName | undefined {
  return tableNames.find((table) => tableSpecs[table].fileNames.includes(fileName));
}

/** One row of one table, from a CSV line or a (possibly nested) JSON object. */
export interface SourceRow {
  table: TableName;
  origin: RowOrigin;
  values: Record<string, unknown>;
  /** Already reported as unreadable: only its id is used, to drop the rows that depend on it. */
  rejected?: boolean;
}

export type SourceTables = Record<TableName, SourceRow[]>;

export function emptySourceTables(): SourceTables {
  return Object.fromEntries(tableNames.map((table) => [table, []])) as unknown as SourceTables;
}

export type ScalarKind = 'string' | 'number' | 'boolean' | 'structured';

/** What a column holds according to the schema, seen through `optional`/`nullable` wrappers. */
export function columnKind(table: TableName, column: string): ScalarKind | undefined {
  const field = tableSpecs[table].schema.shape[column] as z.ZodType | undefined;
  if (!field) return undefined;
  let type = field.def as { type: string; innerType?: z.ZodType };
  while ((type.type === 'optional' || type.type === 'nullable' || type.type === 'default') && type.innerType) {
    type = type.innerType.def;
  }
  if (type.type === 'number' || type.type === 'int') return 'number';
  if (type.type === 'boolean') return 'boolean';
  if (type.type === 'object' || type.type === 'record' || type.type === 'array') return 'structured';
  // Strings, enums, and unions such as `extension: string | number`, which are safe as text.
  return 'string';
}
