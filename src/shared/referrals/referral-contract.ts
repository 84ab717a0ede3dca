/**
 * The referral API's contract, shared by the app and the server: what a newcomer submits, what
 * their private status page shows, and the FHIR SDOH (Gravity) Task states a referral moves
 * through. Personal fields are the minimum an agency needs to reach the person.
 */
import { z } from 'zod';
import { immigrationStatuses } from '../schema/vocabularies.ts';

export const referralStatuses = ['requested', 'accepted', 'rejected', 'in-progress', 'on-hold', 'completed', 'failed', 'cancelled'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Allowed moves of the Task model; `cancelled` is the newcomer withdrawing or staff cancelling. */
export const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  requested: ['accepted', 'rejected', 'cancelled'],
  accepted: ['in-progress', 'on-hold', 'completed', 'failed', 'cancelled'],
  'in-progress': ['on-hold', 'completed', 'failed', 'cancelled'],
  'on-hold': ['in-progress', 'completed', 'failed', 'cancelled'],
  rejected: [],
  completed: [],
  failed: [],
  cancelled: [],
};

/** Why an agency declines: the LIP's unmet-need signal, so a closed list. */
export const rejectionReasons = ['not_eligible', 'no_capacity', 'wrong_service', 'could_not_reach', 'other'] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

export const contactMethods = ['phone', 'sms', 'email', 'whatsapp'] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** The consent text the newcomer read, by version; the server refuses a version it does not know. */
export const CONSENT_TEXT_VERSION = '2026-11-v1';

const phoneNumber = z.string().trim().regex(/^\+?[\d\s().-]{7,20}$/, 'must be a phone number');

export const referralSubmissionSchema = z
  .object({
    serviceId: z.string().min(1).max(100),
    /** A name or nickname: what the agency calls the person. */
    name: z.string().trim().min(1, 'is required').max(80),
    contact: z.object({
      phone: phoneNumber.optional(),
      sms: phoneNumber.optional(),
      email: z.email('must be an email address').max(200).optional(),
      whatsapp: phoneNumber.optional(),
    }),
    preferredLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,8})?$/),
    interpreterNeeded: z.boolean(),
    /** Only the FSA is ever kept; the full postal code never reaches the server. */
    fsa: z.string().regex(/^[A-Z]\d[A-Z]$/).nullable(),
    needCategories: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).min(1).max(10),
    note: z.string().trim().max(500).optional(),
    status: z.enum(immigrationStatuses).nullable().optional(),
    consent: z.object({
      textVersion: z.literal(CONSENT_TEXT_VERSION),
      language: z.string().min(2).max(12),
      agreed: z.literal(true, { message: 'consent is required to send a referral' }),
      /** A separate, explicit yes when the need touches health. */
      healthAgreed: z.boolean(),
    }),
    /** Made on the device; a replay with the same key returns the first referral. */
    idempotencyKey: z.uuid(),
  })
  .strict()
  .refine((body) => Object.values(body.contact).some(Boolean), { message: 'at least one way to reach you is required', path: ['contact'] });

export type ReferralSubmission = z.infer<typeof referralSubmissionSchema>;

export interface ReferralReceipt {
  referenceCode: string;
  /** Secret part of the private status link: shown once, stored only as a hash. */
  statusToken: string;
  status: ReferralStatus;
}

/** What the newcomer's private status page shows: no personal data comes back. */
export interface ReferralStatusView {
  referenceCode: string;
  serviceId: string;
  organizationId: string;
  status: ReferralStatus;
  history: { status: ReferralStatus; at: string; reason: RejectionReason | null }[];
  /** Set when an agency passed the referral to a better-suited service. */
  forwardedTo: { serviceId: string; organizationId: string; referenceCode: string } | null;
  withdrawn: boolean;
}
