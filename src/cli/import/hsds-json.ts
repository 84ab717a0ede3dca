/**
 * Reads HSDS 3 JSON (one service as the API returns it, a list of services, or an object with
 * `services`/`organizations` lists) into the same flat table rows as the CSV reader, so both go
 * through one validation. Nested objects repeat in HSDS JSON (the same phone under the service,
 * its location and its organization): rows with the same id are merged, each mention adding the
 * link it implies.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanValues } from './hsds-rows.ts';
import { emptySourceTables, tableSpecs, type SourceTables, type TableName } from './hsds-tables.ts';
import type { ImportReport, RowOrigin } from './report.ts';

type JsonObject = Record<string, unknown>;
type Links = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const objectsIn = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : []);

class RowCollector {
  readonly tables = emptySourceTables();
  private readonly rowsById = new Map<string, JsonObject>();
  /** Keys HSDS defines but the directory has no place for (contacts, funding, ...). */
  readonly ignoredKeys = new Set<string>();

  constructor(private readonly file: string) {}

  /** Adds the object's own fields as a row of `table`; `nested` names the keys walked separately. */
  add(table: TableName, object: JsonObject, origin: RowOrigin, links: Links, nested: readonly string[]): void {
    const columns = tableSpecs[table].schema.shape;
    const own: JsonObject = {};
    for (const [key, value] of Object.entries(object)) {
      if (Object.hasOwn(columns, key)) own[key] = value;
      else if (!nested.includes(key)) this.ignoredKeys.add(key);
    }
    // Cleaned before merging, so an explicit null does not erase the link its nesting implies.
    const values = cleanValues({ ...links, ...cleanValues(own) });
    const id = typeof values.id === 'string' ? `${table}\u0000${values.id}` : null;
    const existing = id ? this.rowsById.get(id) : undefined;
    if (existing) {
      for (const [key, value] of Object.entries(values)) if (existing[key] === undefined) existing[key] = value;
      return;
    }
    if (id) this.rowsById.set(id, values);
    this.tables[table].push({ table, origin: { ...origin, table }, values });
  }

  at(origin: RowOrigin, key: string, index?: number): RowOrigin {
    const step = index === undefined ? key : `${key}[${index}]`;
    return { file: this.file, row: origin.row, path: origin.path ? `${origin.path}.${step}` : step };
  }

  /** Adds every object of `object[key]` as a row of `table` linked to its parent. */
  addList(table: TableName, object: JsonObject, key: string, origin: RowOrigin, links: Links): void {
    objectsIn(object[key]).forEach((item, index) => this.add(table, item, this.at(origin, key, index), links, []));
  }
}

function phone(rows: RowCollector, object: JsonObject, origin: RowOrigin, links: Links): void {
  rows.add('phones', object, origin, links, ['languages']);
  rows.addList('languages', object, 'languages', origin, { phone_id: object.id });
}

function location(rows: RowCollector, object: JsonObject, origin: RowOrigin, links: Links): void {
  rows.add('locations', object, origin, links, ['addresses', 'accessibility', 'phones', 'languages', 'schedules']);
  const own = { location_id: object.id };
  rows.addList('addresses', object, 'addresses', origin, own);
  rows.addList('accessibility', object, 'accessibility', origin, own);
  rows.addList('languages', object, 'languages', origin, own);
  rows.addList('schedules', object, 'schedules', origin, own);
  objectsIn(object.phones).forEach((item, index) => phone(rows, item, rows.at(origin, 'phones', index), own));
}

function serviceAtLocation(rows: RowCollector, object: JsonObject, origin: RowOrigin, links: Links): void {
  const place = isObject(object.location) ? object.location : undefined;
  rows.add('service_at_locations', object, origin, { ...links, location_id: place?.id }, ['location', 'phones', 'schedules', 'service_areas']);
  if (place) location(rows, place, rows.at(origin, 'location'), {});
  const own = { service_at_location_id: object.id };
  rows.addList('schedules', object, 'schedules', origin, own);
  rows.addList('service_areas', object, 'service_areas', origin, own);
  objectsIn(object.phones).forEach((item, index) => phone(rows, item, rows.at(origin, 'phones', index), own));
}

function organization(rows: RowCollector, object: JsonObject, origin: RowOrigin): void {
  rows.add('organizations', object, origin, {}, ['phones', 'locations', 'services']);
  const own = { organization_id: object.id };
  objectsIn(object.phones).forEach((item, index) => phone(rows, item, rows.at(origin, 'phones', index), own));
  objectsIn(object.locations).forEach((item, index) => location(rows, item, rows.at(origin, 'locations', index), own));
  objectsIn(object.services).forEach((item, index) => service(rows, item, rows.at(origin, 'services', index), own));
}

const SERVICE_NESTED = [
  'organization', 'phones', 'schedules', 'service_areas', 'languages', 'cost_options', 'required_documents', 'capacities', 'attributes', 'service_at_locations',
];

function service(rows: RowCollector, object: JsonObject, origin: RowOrigin, links: Links): void {
  const owner = isObject(object.organization) ? object.organization : undefined;
  rows.add('services', object, origin, { ...links, organization_id: owner?.id ?? links.organization_id }, SERVICE_NESTED);
  if (owner) organization(rows, owner, rows.at(origin, 'organization'));
  const own = { service_id: object.id };
  for (const [table, key] of [
    ['schedules', 'schedules'], ['service_areas', 'service_areas'], ['languages', 'languages'], ['cost_options', 'cost_options'],
    ['required_documents', 'required_documents'],
  ] as const) {
    rows.addList(table, object, key, origin, own);
  }
  // A capacity nests its unit, which the directory keeps as the capacity's unit_id.
  objectsIn(object.capacities).forEach((item, index) => {
    const unit = isObject(item.unit) ? item.unit : undefined;
    rows.add('service_capacities', item, rows.at(origin, 'capacities', index), { ...own, unit_id: unit?.id }, ['unit']);
  });
  objectsIn(object.phones).forEach((item, index) => phone(rows, item, rows.at(origin, 'phones', index), own));
  objectsIn(object.service_at_locations).forEach((item, index) => serviceAtLocation(rows, item, rows.at(origin, 'service_at_locations', index), own));
  objectsIn(object.attributes).forEach((item, index) => {
    // HSDS JSON nests the whole taxonomy term where the table has its id.
    const term = isObject(item.taxonomy_term) ? item.taxonomy_term : undefined;
    const links = { link_id: object.id, link_entity: 'service', taxonomy_term_id: term?.id };
    rows.add('attributes', item, rows.at(origin, 'attributes', index), links, ['taxonomy_term']);
  });
}

/** The rows of an HSDS JSON document; problems with its overall shape are reported. */
export function flattenHsdsJson(document: unknown, file: string, report: ImportReport): SourceTables {
  const rows = new RowCollector(file);
  const top = (row: number, path?: string): RowOrigin => ({ file, row, path });
  if (Array.isArray(document)) {
    document.forEach((item, index) => (isObject(item) ? service(rows, item, top(index + 1), {}) : report.error(top(index + 1), null, 'is not an object')));
  } else if (isObject(document) && ['services', 'organizations', 'contents', 'locations'].some((key) => Array.isArray(document[key]))) {
    // `contents` is how the HSDS API pages lists of services. A whole-directory document (what
    // Guichet exports) also lists its locations and service_at_locations at the top.
    [...objectsIn(document.services), ...objectsIn(document.contents)].forEach((item, index) => service(rows, item, top(index + 1), {}));
    objectsIn(document.organizations).forEach((item, index) => organization(rows, item, top(index + 1, 'organization')));
    objectsIn(document.locations).forEach((item, index) => location(rows, item, top(index + 1, 'location'), {}));
    objectsIn(document.service_at_locations).forEach((item, index) => serviceAtLocation(rows, item, top(index + 1, 'service_at_location'), {}));
  } else if (isObject(document) && 'id' in document) {
    service(rows, document, top(1), {});
  } else {
    report.error({ file, row: null }, null, 'is not an HSDS service, a list of services, or an object with "services" or "organizations"');
  }
  if (rows.ignoredKeys.size > 0) {
    report.warning({ file, row: null }, null, `ignored what Guichet's directory has no place for: ${[...rows.ignoredKeys].sort().join(', ')}`);
  }
  return rows.tables;
}

export async function readHsdsJsonFile(filePath: string, report: ImportReport): Promise<SourceTables> {
  const file = basename(filePath);
  const text = await readFile(filePath, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    report.error({ file, row: null }, null, `is not valid JSON (${(error as Error).message})`);
    return emptySourceTables();
  }
  return flattenHsdsJson(document, file, report);
}
