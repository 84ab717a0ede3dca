/**
 * The directory as Guichet stores and ships it: HSDS 3 tables in their normalized form, each
 * record extended with Guichet's fields, plus the region it describes. This is the shape of the
 * bundle phones download and cache, of the demo data in `data/`, and of every importer's output.
 */
import { z } from 'zod';
import type { taxonomySchema, taxonomyTermSchema } from './hsds.ts';
import {
  costOptionSchema,
  locationSchema,
  organizationSchema,
  requiredDocumentSchema,
  scheduleSchema,
  serviceAtLocationSchema,
  serviceSchema,
} from './hsds.ts';
import { commonExtensions, locationExtensions, scheduleExtensions, serviceExtensions } from './extensions.ts';

const directoryScheduleSchema = scheduleSchema.extend(scheduleExtensions);

export const directoryOrganizationSchema = organizationSchema.extend(commonExtensions);
export const directoryServiceSchema = serviceSchema.extend({
  ...serviceExtensions,
  // Documents and fees are read by newcomers too, so they carry translations like the service.
  required_documents: z.array(requiredDocumentSchema.extend(commonExtensions)).optional(),
  cost_options: z.array(costOptionSchema.extend(commonExtensions)).optional(),
  schedules: z.array(directoryScheduleSchema).optional(),
});
export const directoryLocationSchema = locationSchema.extend({ ...locationExtensions, schedules: z.array(directoryScheduleSchema).optional() });

export const regionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
  name: z.string().min(1),
  /** IANA time zone: opening hours are read in it. */
  timezone: z.string().min(1),
  /** [longitude, latitude] of the region's centre. */
  center: z.tuple([z.number(), z.number()]),
});

export const directorySchema = z.object({
  /** Names this content (a content hash for imports); the server's ETag is what phones compare. */
  version: z.string().min(1),
  generated_at: z.string(),
  region: regionSchema,
  organizations: z.array(directoryOrganizationSchema),
  services: z.array(directoryServiceSchema),
  locations: z.array(directoryLocationSchema),
  service_at_locations: z.array(serviceAtLocationSchema),
});

export type Region = z.infer<typeof regionSchema>;
export type Organization = z.infer<typeof directoryOrganizationSchema>;
export type Service = z.infer<typeof directoryServiceSchema>;
export type Location = z.infer<typeof directoryLocationSchema>;
export type ServiceAtLocation = z.infer<typeof serviceAtLocationSchema>;
export type Directory = z.infer<typeof directorySchema>;
export type Schedule = NonNullable<Service['schedules']>[number];
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
