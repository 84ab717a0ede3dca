/**
 * Open Referral HSDS 3.0 core tables as zod schemas.
 * Field names follow the specification exactly so exports need no renaming; every field the
 * spec marks optional is `nullish`. Guichet's own fields are added in `extensions.ts`.
 */
import { z } from 'zod';

const text = z.string().nullish();
const id = z.string().min(1, 'is required');
/** HSDS dates are ISO 8601 calendar dates. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-01-31')
  .nullish();
/** HSDS times are `HH:MM` or `HH:MM:SS`, optionally with an offset. */
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-4]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:?\d{2})?$/, 'must be a time like 09:30')
  .nullish();

import { weekdayCodes } from './vocabularies.ts';

export const languageSchema = z.object({
  id,
  service_id: text,
  location_id: text,
  phone_id: text,
  name: text,
  /** ISO 639 code (e.g. `ar`, `zh-Hans`). */
  code: text,
  note: text,
});

export const phoneSchema = z.object({
  id,
  location_id: text,
  service_id: text,
  organization_id: text,
  contact_id: text,
  service_at_location_id: text,
  number: z.string().min(1, 'is required'),
  extension: z.union([z.string(), z.number()]).nullish(),
  type: z.enum(['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone']).nullish(),
  description: text,
  languages: z.array(languageSchema).optional(),
});

export const scheduleSchema = z.object({
  id,
  service_id: text,
  location_id: text,
  service_at_location_id: text,
  valid_from: isoDate,
  valid_to: isoDate,
  dtstart: isoDate,
  timezone: z.union([z.string(), z.number()]).nullish(),
  until: isoDate,
  count: z.number().int().nullish(),
  wkst: z.enum(weekdayCodes).nullish(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).nullish(),
  interval: z.number().int().positive().nullish(),
  /** Comma-separated RRULE weekdays, e.g. `MO,WE` or `1MO` (first Monday). */
  byday: text,
  byweekno: text,
  bymonthday: text,
  byyearday: text,
  description: text,
  opens_at: clockTime,
  closes_at: clockTime,
  schedule_link: text,
  attending_type: text,
  notes: text,
});

export const taxonomySchema = z.object({
  id,
  name: z.string().min(1, 'is required'),
  description: z.string().nullish(),
  uri: text,
  version: text,
});

export const taxonomyTermSchema = z.object({
  id,
  code: text,
  name: z.string().min(1, 'is required'),
  description: text,
  parent_id: text,
  taxonomy: text,
  language: text,
  taxonomy_id: text,
  term_uri: text,
});

export const attributeSchema = z.object({
  id,
  link_id: text,
  taxonomy_term_id: id,
  link_type: text,
  link_entity: text,
  value: text,
  label: text,
});

export const costOptionSchema = z.object({
  id,
  service_id: text,
  valid_from: isoDate,
  valid_to: isoDate,
  option: text,
  currency: text,
  amount: z.number().nonnegative().nullish(),
  amount_description: text,
});

export const requiredDocumentSchema = z.object({
  id,
  service_id: text,
  document: text,
  uri: text,
});

export const serviceAreaSchema = z.object({
  id,
  service_id: text,
  service_at_location_id: text,
  name: text,
  description: text,
  extent: text,
  extent_type: z.enum(['geojson', 'topojson', 'kml', 'text']).nullish(),
  uri: text,
});

export const accessibilitySchema = z.object({
  id,
  location_id: text,
  description: text,
  details: text,
  url: text,
});

export const serviceCapacitySchema = z.object({
  id,
  service_id: text,
  unit_id: text,
  available: z.number().nullish(),
  maximum: z.number().nullish(),
  description: text,
  updated: z.string().nullish(),
});

export const addressSchema = z.object({
  id,
  location_id: text,
  attention: text,
  address_1: z.string().min(1, 'is required'),
  address_2: text,
  city: z.string().min(1, 'is required'),
  region: text,
  state_province: z.string().min(1, 'is required'),
  postal_code: z.string().min(1, 'is required'),
  country: z.string().length(2, 'must be a two-letter country code'),
  address_type: z.enum(['physical', 'postal', 'virtual']).nullish(),
});

export const organizationSchema = z.object({
  id,
  name: z.string().min(1, 'is required'),
  alternate_name: text,
  description: text,
  email: text,
  website: text,
  tax_status: text,
  tax_id: text,
  year_incorporated: z.number().int().nullish(),
  legal_status: text,
  logo: text,
  uri: text,
  parent_organization_id: text,
  phones: z.array(phoneSchema).optional(),
});

export const serviceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const serviceSchema = z.object({
  id,
  organization_id: id,
  program_id: text,
  name: z.string().min(1, 'is required'),
  alternate_name: text,
  description: text,
  url: text,
  email: text,
  status: z.enum(serviceStatuses),
  interpretation_services: text,
  application_process: text,
  fees_description: text,
  wait_time: text,
  fees: text,
  accreditations: text,
  eligibility_description: text,
  minimum_age: z.number().nonnegative().nullish(),
  maximum_age: z.number().nonnegative().nullish(),
  /** Last date someone confirmed the listing is right. */
  assured_date: isoDate,
  assurer_email: text,
  licenses: text,
  alert: text,
  last_modified: z.string().nullish(),
  phones: z.array(phoneSchema).optional(),
  schedules: z.array(scheduleSchema).optional(),
  service_areas: z.array(serviceAreaSchema).optional(),
  languages: z.array(languageSchema).optional(),
  cost_options: z.array(costOptionSchema).optional(),
  required_documents: z.array(requiredDocumentSchema).optional(),
  capacities: z.array(serviceCapacitySchema).optional(),
  /** Links to taxonomy terms: the service's categories. */
  attributes: z.array(attributeSchema).optional(),
});

export const locationSchema = z.object({
  id,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  url: text,
  organization_id: text,
  name: text,
  alternate_name: text,
  description: text,
  transportation: text,
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  external_identifier: text,
  external_identifier_type: text,
  addresses: z.array(addressSchema).optional(),
  phones: z.array(phoneSchema).optional(),
  accessibility: z.array(accessibilitySchema).optional(),
  languages: z.array(languageSchema).optional(),
  schedules: z.array(scheduleSchema).optional(),
});

export const serviceAtLocationSchema = z.object({
  id,
  service_id: id,
  location_id: id,
  description: text,
});
