/**
 * Directory records as HSDS 3 records: fields in the order of the HSDS table (Guichet's extension
 * fields after the standard ones), absent values left out rather than null, empty lists left
 * out, and every child naming its parent (`service_id`, `location_id`...) as HSDS tables do.
 * Both exports are built from these, so an export re-imported and exported again is the same
 * text, and two listings that differ only by an empty list or a null compare equal.
 */
import { tableSpecs, type TableName } from '../../cli/import/hsds-tables.ts';
import type { Location, Organization, Service } from '../../shared/schema/directory.ts';

export type HsdsRecord = Record<string, unknown>;

const columnLists = new Map<TableName, readonly string[]>();

/** The table's own columns, in HSDS order, extensions last (the schemas put them there). */
export function columnsOf(table: TableName): readonly string[] {
  let columns = columnLists.get(table);
  if (!columns) {
    columns = Object.keys(tableSpecs[table].schema.shape);
    columnLists.set(table, columns);
  }
  return columns;
}

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/** The record's columns in table order, absent ones left out; `links` fills parent ids it lacks. */
export function ordered(table: TableName, record: object, links: HsdsRecord = {}): HsdsRecord {
  const source = record as HsdsRecord;
  const out: HsdsRecord = {};
  for (const column of columnsOf(table)) {
    const value = isEmpty(source[column]) ? links[column] : source[column];
    if (!isEmpty(value)) out[column] = value;
  }
  return out;
}

type Children = Array<readonly [table: TableName, key: string]>;

const list = (record: object, key: string): HsdsRecord[] => {
  const value = (record as HsdsRecord)[key];
  return Array.isArray(value) ? (value as HsdsRecord[]) : [];
};

/**
 * What HSDS requires and Guichet's records may not say: an address type (Guichet's addresses are
 * where people go) and a capacity's unit (Guichet counts places, one person each).
 */
export const PLACE_UNIT = { id: 'guichet-place', name: 'Place' } as const;
const defaults: Partial<Record<TableName, HsdsRecord>> = { addresses: { address_type: 'physical' }, service_capacities: { unit_id: PLACE_UNIT.id } };

function withChildren(out: HsdsRecord, record: object, children: Children, link: HsdsRecord): HsdsRecord {
  for (const [table, key] of children) {
    const items = list(record, key).map((child) => ordered(table, child, { ...link, ...defaults[table] }));
    if (items.length > 0) out[key] = items;
  }
  return out;
}

export function hsdsPhone(phone: object, links: HsdsRecord): HsdsRecord {
  const out = ordered('phones', phone, links);
  return withChildren(out, phone, [['languages', 'languages']], { phone_id: out.id });
}

const SERVICE_CHILDREN: Children = [
  ['schedules', 'schedules'], ['service_areas', 'service_areas'], ['languages', 'languages'], ['cost_options', 'cost_options'],
  ['required_documents', 'required_documents'], ['service_capacities', 'capacities'],
];
const LOCATION_CHILDREN: Children = [['addresses', 'addresses'], ['accessibility', 'accessibility'], ['languages', 'languages'], ['schedules', 'schedules']];

export function hsdsOrganization(organization: Organization): HsdsRecord {
  const out = ordered('organizations', organization);
  const phones = list(organization, 'phones').map((phone) => hsdsPhone(phone, { organization_id: organization.id }));
  if (phones.length > 0) out.phones = phones;
  return out;
}

/** `terms` nests the whole taxonomy term in each attribute, as HSDS JSON does; the tabular form keeps the id. */
export function hsdsService(service: Service, terms?: ReadonlyMap<string, HsdsRecord>): HsdsRecord {
  const link = { service_id: service.id };
  const out = ordered('services', service);
  const phones = list(service, 'phones').map((phone) => hsdsPhone(phone, link));
  if (phones.length > 0) out.phones = phones;
  withChildren(out, service, SERVICE_CHILDREN, link);
  // HSDS JSON nests the unit in each capacity; the tables name it by id.
  if (Array.isArray(out.capacities)) out.capacities = (out.capacities as HsdsRecord[]).map((capacity) => (capacity.unit_id === PLACE_UNIT.id ? { ...capacity, unit: PLACE_UNIT } : capacity));
  const attributes = list(service, 'attributes').map((attribute) => {
    const row = ordered('attributes', attribute, { link_id: service.id, link_entity: 'service' });
    const term = terms?.get(row.taxonomy_term_id as string);
    return term ? { ...row, taxonomy_term: term } : row;
  });
  if (attributes.length > 0) out.attributes = attributes;
  return out;
}

export function hsdsLocation(location: Location): HsdsRecord {
  const link = { location_id: location.id };
  const out = ordered('locations', location);
  withChildren(out, location, LOCATION_CHILDREN, link);
  const phones = list(location, 'phones').map((phone) => hsdsPhone(phone, link));
  if (phones.length > 0) out.phones = phones;
  return out;
}
