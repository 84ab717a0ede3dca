/**
 * From validated HSDS rows to the directory: checks every reference between tables and nests
 * child rows (phones, schedules, addresses...) inside the records they belong to.
 *
 * References a record cannot do without (a service's organization, both ends of a
 * service_at_location, a child's parent) are errors when they point nowhere. Optional ones (a
 * location's organization, an organization's parent) only warn and are removed, because the
 * record is still useful on its own. A row whose parent was skipped is dropped and listed.
 */
import { findTerm } from '../../shared/taxonomy/taxonomy.ts';
import type { Location, Organization, Service, ServiceAtLocation } from '../../shared/schema/directory.ts';
import type { ImportedRecords } from './records.ts';
import { tableSpecs, type SourceTables, type TableName } from './hsds-tables.ts';
import { validateTables, type RowRecord, type TableStates, type ValidRow } from './hsds-tables-state.ts';
import type { ImportReport } from './report.ts';

type ParentTable = 'organizations' | 'services' | 'locations' | 'service_at_locations' | 'phones';

interface ChildRule {
  /** The key the rows are nested under in their parent, e.g. services' `capacities`. */
  key: string;
  /** Columns that name a parent, most specific first. */
  parents: readonly (readonly [column: string, table: ParentTable])[];
}

/**
 * A row naming several parents (HSDS phones often carry a service, a location and an
 * organization id) is nested in each. Guichet has no schedules or phones per service at a
 * location, so those go to the link's service, the nearest record that holds them.
 */
const CHILD_RULES: Partial<Record<TableName, ChildRule>> = {
  languages: { key: 'languages', parents: [['service_id', 'services'], ['location_id', 'locations'], ['phone_id', 'phones']] },
  phones: {
    key: 'phones',
    parents: [['service_id', 'services'], ['location_id', 'locations'], ['organization_id', 'organizations'], ['service_at_location_id', 'service_at_locations']],
  },
  schedules: { key: 'schedules', parents: [['service_id', 'services'], ['location_id', 'locations'], ['service_at_location_id', 'service_at_locations']] },
  addresses: { key: 'addresses', parents: [['location_id', 'locations']] },
  accessibility: { key: 'accessibility', parents: [['location_id', 'locations']] },
  cost_options: { key: 'cost_options', parents: [['service_id', 'services']] },
  required_documents: { key: 'required_documents', parents: [['service_id', 'services']] },
  service_capacities: { key: 'capacities', parents: [['service_id', 'services']] },
  service_areas: { key: 'service_areas', parents: [['service_id', 'services'], ['service_at_location_id', 'service_at_locations']] },
};

/** Languages are nested in phones, so they are placed first; phones then carry them along. */
const CHILD_ORDER: readonly TableName[] = ['phones', 'languages', 'schedules', 'addresses', 'accessibility', 'cost_options', 'required_documents', 'service_capacities', 'service_areas'];

function singularOf(table: TableName): string {
  return tableSpecs[table].singular;
}

function append(parent: RowRecord, key: string, child: RowRecord): void {
  const list = (parent[key] as RowRecord[] | undefined) ?? [];
  if (!list.includes(child)) list.push(child);
  parent[key] = list;
}

/** Checks a reference that must resolve; returns false when the row had to be dropped. */
function requireReference(states: TableStates, table: TableName, row: ValidRow, column: string, target: ParentTable, report: ImportReport): boolean {
  const id = row.record[column] as string;
  const resolution = states[target].resolve(id);
  if (resolution.state === 'valid') return true;
  if (resolution.state === 'skipped') {
    states[table].skip(row.origin, row.record, `its ${singularOf(target)} ${id} was skipped`, report);
  } else {
    report.error(row.origin, column, `no ${singularOf(target)} has the id "${id}"`);
    states[table].skip(row.origin, row.record, 'invalid row', report);
  }
  return false;
}

/** Removes a reference the record can do without when it points nowhere, with a warning. */
function dropDanglingReference(states: TableStates, row: ValidRow, column: string, target: ParentTable, report: ImportReport): void {
  const id = row.record[column];
  if (typeof id !== 'string') return;
  const { state } = states[target].resolve(id);
  if (state === 'valid') return;
  const why = state === 'skipped' ? 'was skipped' : 'is not in this import';
  report.warning(row.origin, column, `${singularOf(target)} "${id}" ${why}; link removed`);
  delete row.record[column];
}

/** The service of a service_at_location: always valid, since links are checked before children. */
function serviceOfLink(states: TableStates, link: ValidRow): RowRecord {
  return states.services.valid.get(link.record.service_id as string)!.record;
}

function placeChild(states: TableStates, table: TableName, rule: ChildRule, row: ValidRow, report: ImportReport): void {
  const parents = new Set<RowRecord>();
  const skippedParents: string[] = [];
  let named = false;
  for (const [column, target] of rule.parents) {
    const id = row.record[column];
    if (typeof id !== 'string') continue;
    named = true;
    const resolution = states[target].resolve(id);
    if (resolution.state === 'missing') {
      report.error(row.origin, column, `no ${singularOf(target)} has the id "${id}"`);
      states[table].skip(row.origin, row.record, 'invalid row', report);
      return;
    }
    if (resolution.state === 'skipped') skippedParents.push(`its ${singularOf(target)} ${id} was skipped`);
    else parents.add(target === 'service_at_locations' ? serviceOfLink(states, resolution.row) : resolution.row.record);
  }
  if (!named && typeof row.record.contact_id === 'string') {
    report.warning(row.origin, 'contact_id', `the ${singularOf(table)} belongs only to a contact, and contacts are not imported; ignored`);
    states[table].skip(row.origin, row.record, 'belongs to a contact', report);
    return;
  }
  if (!named) {
    report.error(row.origin, rule.parents[0]![0], `must name its ${rule.parents.map(([, target]) => singularOf(target)).join(' or ')}`);
    states[table].skip(row.origin, row.record, 'invalid row', report);
    return;
  }
  if (parents.size === 0) {
    states[table].skip(row.origin, row.record, skippedParents.join('; '), report);
    return;
  }
  for (const parent of parents) append(parent, rule.key, row.record);
}

/** Attributes file a record under a taxonomy term; the directory keeps those of services. */
function placeAttributes(states: TableStates, report: ImportReport): void {
  const unknownTerms = new Set<string>();
  for (const row of [...states.attributes.valid.values()]) {
    const { link_id: linkId, link_entity: entity, taxonomy_term_id: termId } = row.record as { link_id?: string; link_entity?: string; taxonomy_term_id: string };
    const resolution = linkId ? states.services.resolve(linkId) : { state: 'missing' as const };
    if (resolution.state === 'valid') {
      append(resolution.row.record, 'attributes', row.record);
      if (!findTerm(termId) && !unknownTerms.has(termId)) {
        unknownTerms.add(termId);
        report.warning(row.origin, 'taxonomy_term_id', `"${termId}" is not in Guichet's taxonomy, so the service is filed under no category`);
      }
    } else if (resolution.state === 'skipped') {
      states.attributes.skip(row.origin, row.record, `its service ${linkId} was skipped`, report);
    } else if (entity === 'service' || !linkId) {
      report.error(row.origin, 'link_id', linkId ? `no service has the id "${linkId}"` : 'is required');
      states.attributes.skip(row.origin, row.record, 'invalid row', report);
    } else {
      report.warning(row.origin, 'link_id', `links to ${entity ?? 'a record'} "${linkId}", not to a service in this import; ignored`);
    }
  }
}

/** The directory's four tables, every child nested and every reference checked. */
export function assembleDirectoryRecords(tables: SourceTables, report: ImportReport): ImportedRecords {
  const states = validateTables(tables, report);
  for (const row of states.organizations.valid.values()) dropDanglingReference(states, row, 'parent_organization_id', 'organizations', report);
  for (const row of [...states.services.valid.values()]) requireReference(states, 'services', row, 'organization_id', 'organizations', report);
  for (const row of states.locations.valid.values()) dropDanglingReference(states, row, 'organization_id', 'organizations', report);
  for (const row of [...states.service_at_locations.valid.values()]) {
    if (requireReference(states, 'service_at_locations', row, 'service_id', 'services', report)) {
      requireReference(states, 'service_at_locations', row, 'location_id', 'locations', report);
    }
  }
  for (const table of CHILD_ORDER) {
    for (const row of [...states[table].valid.values()]) placeChild(states, table, CHILD_RULES[table]!, row, report);
  }
  placeAttributes(states, report);
  return {
    organizations: states.organizations.records() as Organization[],
    services: states.services.records() as Service[],
    locations: states.locations.records() as Location[],
    service_at_locations: states.service_at_locations.records() as ServiceAtLocation[],
  };
}
