/**
 * The closed lists the model uses, kept free of zod so the app can import them without
 * shipping the validator to phones (the server and the importers validate).
 */

export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

export const immigrationStatuses = [
  'permanent_resident',
  'protected_person',
  'resettled_refugee',
  'asylum_claimant',
  'temporary_foreign_worker',
  'international_student',
  'visitor',
  'naturalized_citizen',
] as const;
export type ImmigrationStatus = (typeof immigrationStatuses)[number];

export const audiences = ['women', 'youth', 'seniors', 'lgbtq', 'francophones', 'disabilities', 'families'] as const;
export type Audience = (typeof audiences)[number];

export const deliveryModes = ['in_person', 'virtual', 'phone'] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

/** Whether a service takes new people now (the `guichet_capacity` extension). */
export const capacityStatuses = ['accepting', 'waitlist', 'not_accepting'] as const;
export type CapacityStatus = (typeof capacityStatuses)[number];
