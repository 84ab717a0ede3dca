/**
 * Test fixture: zod mirrors of the Open Referral HSDS 3.0 JSON schemas (openreferral/specification,
 * `schema/*.json`, branch 3.0), written from the specification independently of Guichet's own
 * model so an export is checked against what HSDS says, not against itself.
 *
 * Mirrored: each table's `required` list, field types (a JSON Schema "string" never admits null),
 * the enums (service status, location and address types, schedule freq/wkst, service area
 * extent_type) and the formats `email`, `uri` and `date-time`. The `uuid` format HSDS puts on
 * identifiers is not asserted: under JSON Schema 2020-12, which HSDS 3.0 declares, `format` is
 * an annotation unless a validator opts in, and HSDS's own examples use other ids.
 * HSDS allows extra properties; these schemas allow only `guichet_`-prefixed ones, so an
 * undocumented field cannot slip into an export. `tabularRequired` lists what the datapackage
 * form requires on top (HSDS `tabular_required`).
 */
import { z } from 'zod';

const text = z.string().optional();
const number = z.number().optional();
const email = z.email().optional();
const uri = z.url().optional();
const dateTime = z.iso.datetime({ offset: true }).optional();

function hsdsObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape).superRefine((record, context) => {
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(shape, key) && !key.startsWith('guichet_')) context.addIssue({ code: 'custom', path: [key], message: `is neither an HSDS field nor a guichet_ extension` });
    }
  });
}

export const metadata = hsdsObject({
  id: z.string(), resource_id: z.string(), resource_type: z.string(), last_action_date: z.string(), last_action_type: z.string(),
  field_name: z.string(), previous_value: z.string(), replacement_value: z.string(), updated_by: z.string(),
});
const meta = z.array(metadata).optional();

export const taxonomy = hsdsObject({ id: z.string(), name: z.string(), description: z.string(), uri, version: text, metadata: meta });
export const taxonomyTerm = hsdsObject({
  id: z.string(), code: text, name: z.string(), description: z.string(), parent_id: text,
  taxonomy: z.union([z.string(), taxonomy]).optional(), language: text, taxonomy_id: text, term_uri: uri, metadata: meta,
});
export const attribute = hsdsObject({
  id: z.string(), link_id: text, taxonomy_term_id: text, link_type: text, link_entity: text, value: text, label: text, taxonomy_term: taxonomyTerm.optional(), metadata: meta,
});
const attributes = z.array(attribute).optional();

export const language = hsdsObject({ id: z.string(), service_id: text, location_id: text, phone_id: text, name: text, code: text, note: text, attributes, metadata: meta });
export const phone = hsdsObject({
  id: z.string(), location_id: text, service_id: text, organization_id: text, contact_id: text, service_at_location_id: text,
  number: z.string(), extension: number, type: text, description: text, languages: z.array(language).optional(), attributes, metadata: meta,
});
const phones = z.array(phone).optional();
export const contact = hsdsObject({
  id: z.string(), organization_id: text, service_id: text, service_at_location_id: text, location_id: text, name: text, title: text, department: text, email, phones, attributes, metadata: meta,
});
export const schedule = hsdsObject({
  id: z.string(), service_id: text, location_id: text, service_at_location_id: text, valid_from: text, valid_to: text, dtstart: text, timezone: number,
  until: text, count: number, wkst: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).optional(), freq: z.enum(['WEEKLY', 'MONTHLY']).optional(), interval: number,
  byday: text, byweekno: text, bymonthday: text, byyearday: text, description: text, opens_at: text, closes_at: text, schedule_link: uri, attending_type: text, notes: text,
  attributes, metadata: meta,
});
export const address = hsdsObject({
  id: z.string(), location_id: text, attention: text, address_1: z.string(), address_2: text, city: z.string(), region: text, state_province: z.string(),
  postal_code: z.string(), country: z.string(), address_type: z.enum(['physical', 'postal', 'virtual']), attributes, metadata: meta,
});
export const accessibility = hsdsObject({ id: z.string(), location_id: text, description: text, details: text, url: uri, attributes, metadata: meta });
export const costOption = hsdsObject({
  id: z.string(), service_id: text, valid_from: text, valid_to: text, option: text, currency: text, amount: number, amount_description: text, attributes, metadata: meta,
});
export const requiredDocument = hsdsObject({ id: z.string(), service_id: text, document: text, uri, attributes, metadata: meta });
export const serviceArea = hsdsObject({
  id: z.string(), service_id: text, service_at_location_id: text, name: text, description: text, extent: text,
  extent_type: z.enum(['geojson', 'topojson', 'kml', 'text']).optional(), uri: text, attributes, metadata: meta,
});
export const unit = hsdsObject({ id: z.string(), name: z.string(), scheme: text, identifier: text, uri, attributes, metadata: meta });
const capacityShape = {
  id: z.string(), service_id: text, unit_id: text, available: z.number(), maximum: number, description: text, updated: z.iso.datetime({ offset: true }), attributes, metadata: meta,
};
/** The JSON form nests the capacity's unit and requires it; the tabular form names it by `unit_id`. */
export const serviceCapacity = hsdsObject({ ...capacityShape, unit });
const serviceCapacityRow = hsdsObject(capacityShape);
export const funding = hsdsObject({ id: z.string(), organization_id: text, service_id: text, source: text, attributes, metadata: meta });
export const url = hsdsObject({ id: z.string(), label: text, url: z.url(), organization_id: text, service_id: text, attributes, metadata: meta });
export const program = hsdsObject({ id: z.string(), organization_id: text, name: z.string(), alternate_name: text, description: z.string(), attributes, metadata: meta });

export const location = hsdsObject({
  id: z.string(), location_type: z.enum(['physical', 'postal', 'virtual']), url: uri, organization_id: text, name: text, alternate_name: text,
  description: text, transportation: text, latitude: number, longitude: number, external_identifier: text, external_identifier_type: text,
  languages: z.array(language).optional(), addresses: z.array(address).optional(), contacts: z.array(contact).optional(),
  accessibility: z.array(accessibility).optional(), phones, schedules: z.array(schedule).optional(), attributes, metadata: meta,
});
export const organization = hsdsObject({
  id: z.string(), name: z.string(), alternate_name: text, description: z.string(), email, website: uri, additional_websites: z.array(url).optional(),
  tax_status: text, tax_id: text, year_incorporated: number, legal_status: text, logo: text, uri, parent_organization_id: text,
  funding: z.array(funding).optional(), contacts: z.array(contact).optional(), phones, locations: z.array(location).optional(),
  programs: z.array(program).optional(), organization_identifiers: z.array(z.looseObject({ id: z.string(), identifier_type: z.string(), identifier: z.string() })).optional(),
  attributes, metadata: meta,
});
export const serviceAtLocation = hsdsObject({
  id: z.string(), service_id: text, location_id: text, description: text, service_areas: z.array(serviceArea).optional(), contacts: z.array(contact).optional(),
  phones, schedules: z.array(schedule).optional(), location: location.optional(), attributes, metadata: meta,
});
const serviceShape = {
  id: z.string(), organization_id: text, program_id: text, name: z.string(), alternate_name: text, description: text, url: uri, additional_urls: z.array(url).optional(),
  email, status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']), interpretation_services: text, application_process: text,
  fees_description: text, wait_time: text, fees: text, accreditations: text, eligibility_description: text, minimum_age: number, maximum_age: number,
  assured_date: text, assurer_email: email, licenses: text, alert: text, last_modified: dateTime, phones, schedules: z.array(schedule).optional(),
  service_areas: z.array(serviceArea).optional(), service_at_locations: z.array(serviceAtLocation).optional(), languages: z.array(language).optional(),
  organization: organization.optional(), funding: z.array(funding).optional(), cost_options: z.array(costOption).optional(), program: program.optional(),
  required_documents: z.array(requiredDocument).optional(), contacts: z.array(contact).optional(), capacities: z.array(serviceCapacity).optional(),
  attributes, metadata: meta,
};
export const service = hsdsObject(serviceShape);

/** The HSDS table behind each datapackage resource name. */
export const tables = {
  organization, service, location, service_at_location: serviceAtLocation, address, phone, schedule, language, cost_option: costOption,
  required_document: requiredDocument, service_capacity: serviceCapacity, service_area: serviceArea, accessibility, attribute, taxonomy,
  taxonomy_term: taxonomyTerm, contact, program, funding, url, metadata, unit,
} as const;

/** The same, for one CSV row: what the JSON form nests is a separate table there. */
export const tabularTables = { ...tables, service_capacity: serviceCapacityRow } as const;

/** HSDS `tabular_required`: columns the CSV form must fill, which the JSON form implies by nesting. */
export const tabularRequired: Partial<Record<keyof typeof tables, readonly string[]>> = {
  service: ['organization_id'],
  service_at_location: ['service_id', 'location_id'],
  attribute: ['link_id', 'taxonomy_term_id', 'link_entity'],
  cost_option: ['service_id'],
  service_capacity: ['service_id', 'unit_id'],
  program: ['organization_id'],
  metadata: ['resource_id', 'resource_type'],
};

/** The API's paged lists (HSDS API reference, `Page`). */
export const page = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    total_items: z.number().int(), total_pages: z.number().int(), page_number: z.number().int(), size: z.number().int(),
    first_page: z.boolean(), last_page: z.boolean(), empty: z.boolean(), contents: z.array(item),
  });
