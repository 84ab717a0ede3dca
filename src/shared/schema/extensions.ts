/**
 * Guichet's extensions to HSDS 3. HSDS has no per-field translations and no structured
 * eligibility; newcomers need both. Every extension field is prefixed `guichet_` so an HSDS
 * consumer can tell it from the standard and ignore it safely, and exports keep it visible.
 *
 * - `guichet_source_language`: the language the provider wrote the record in.
 * - `guichet_translations`: per language, per text field, the translated text and whether a
 *   machine produced it (shown to the reader as "verify with the provider").
 * - `guichet_eligibility` (service): who may use the service, as immigration statuses and
 *   audiences. `statuses: null` means "open to everyone whatever their status".
 * - `guichet_delivery` (service): how the service is delivered (in person, online, by phone).
 * - `guichet_wheelchair_accessible` (location): step-free access, `null` when unknown.
 * - `guichet_capacity` (service): whether it takes new people now (accepting, waitlist, not
 *   accepting), with an optional note; HSDS `capacities` counts places, which few agencies know.
 * - `guichet_closed` (schedule): the schedule is a closure (a holiday, a closed week) between its
 *   `valid_from` and `valid_to`, not opening hours.
 * - `guichet_sample` (every record): the record was generated, not provided by an agency.
 */
import { z } from 'zod';

import { audiences, capacityStatuses, deliveryModes, immigrationStatuses } from './vocabularies.ts';

export { audiences, capacityStatuses, deliveryModes, immigrationStatuses };
export type { Audience, CapacityStatus, DeliveryMode, ImmigrationStatus } from './vocabularies.ts';

/** BCP 47 language tag, e.g. `fr`, `ar`, `zh-Hans`. */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code like fr or zh-Hans');

const translatedTextSchema = z.object({
  text: z.string().min(1, 'is required'),
  machine: z.boolean().default(false),
});
export type TranslatedText = z.infer<typeof translatedTextSchema>;

/** `{ fr: { name: { text, machine }, description: {...} }, ar: {...} }` */
export const translationsSchema = z.record(languageTagSchema, z.record(z.string(), translatedTextSchema));
export type Translations = z.infer<typeof translationsSchema>;

export const eligibilitySchema = z.object({
  statuses: z.array(z.enum(immigrationStatuses)).nullable(),
  audiences: z.array(z.enum(audiences)).default([]),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

/** Fields every Guichet record may carry. */
export const commonExtensions = {
  guichet_source_language: languageTagSchema.nullish(),
  guichet_translations: translationsSchema.optional(),
  guichet_sample: z.boolean().optional(),
};

export const capacitySchema = z.object({
  status: z.enum(capacityStatuses),
  note: z.string().max(300, 'must be at most 300 characters').nullish(),
});
export type Capacity = z.infer<typeof capacitySchema>;

export const serviceExtensions = {
  ...commonExtensions,
  guichet_eligibility: eligibilitySchema.optional(),
  guichet_delivery: z.array(z.enum(deliveryModes)).optional(),
  guichet_capacity: capacitySchema.optional(),
};

export const scheduleExtensions = {
  guichet_closed: z.boolean().optional(),
};

export const locationExtensions = {
  ...commonExtensions,
  guichet_wheelchair_accessible: z.boolean().nullish(),
};
