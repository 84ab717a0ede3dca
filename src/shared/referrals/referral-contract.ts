/**
 * The referral API's contract, shared by the app and the server: what a newcomer submits, what
 * their private status page shows, and the FHIR SDOH (Gravity) Task states a referral moves
 * through. Personal fields are the minimum an agency needs to reach the person.
 */
import { z } from 'zod';
import { immigrationStatuses } from '../schema/vocabularies.ts';
import { languageTag, plainText } from './safe-text.ts';

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

/** A referral in one of these states is closed: nothing moves it any more. */
export const isClosedStatus = (status: ReferralStatus): boolean => referralTransitions[status].length === 0;

/** Why an agency declines: the LIP's unmet-need signal, so a closed list. */
export const rejectionReasons = ['not_eligible', 'no_capacity', 'wrong_service', 'could_not_reach', 'other'] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

/**
 * Every reason a history entry can carry: an agency's reason, or what happened when no agency
 * chose one (passed on to another service, consent asked again for that, withdrawn by the newcomer).
 */
export const historyReasons = [...rejectionReasons, 'forwarded', 'consent_reasked', 'withdrawn'] as const;
export type HistoryReason = (typeof historyReasons)[number];

export const contactMethods = ['phone', 'sms', 'email', 'whatsapp'] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** The consent text the newcomer read, by version; the server refuses a version it does not know. */
export const CONSENT_TEXT_VERSION = '2026-11-v1';

const phoneNumber = z.string().trim().regex(/^\+?[\d\s().-]{7,20}$/, 'must be a phone number');

/** The person and their request, as the newcomer gives them (or staff record them for a client). */
export const referralRequestFields = {
  serviceId: z.string().min(1).max(100),
  /** A name or nickname: what the agency calls the person. */
  name: plainText(80).pipe(z.string().min(1, 'is required')),
  contact: z
    .object({
      phone: phoneNumber.optional(),
      sms: phoneNumber.optional(),
      email: z.email('must be an email address').max(200).optional(),
      whatsapp: phoneNumber.optional(),
    })
    .strict(),
  preferredLanguage: languageTag,
  interpreterNeeded: z.boolean(),
  /** Only the FSA is ever kept; the full postal code never reaches the server. */
  fsa: z.string().regex(/^[A-Z]\d[A-Z]$/, 'must be the first three characters of a postal code, such as N6A').nullable(),
  needCategories: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be a category id')).min(1).max(10),
  note: plainText(500, { multiline: true }).optional(),
  /** Accepted for eligibility screening on the device; the server does not keep it. */
  status: z.enum(immigrationStatuses).nullable().optional(),
  consent: z
    .object({
      textVersion: z.literal(CONSENT_TEXT_VERSION, { message: 'is not a consent text this server knows' }),
      language: languageTag,
      agreed: z.literal(true, { message: 'consent is required to send a referral' }),
      /** A separate, explicit yes when the need touches health. */
      healthAgreed: z.boolean(),
      /** A separate yes to passing the request on if this service is the wrong one; absent means no. */
      allowForward: z.boolean().default(false),
    })
    .strict(),
  /** Made on the device; a replay with the same key returns the first referral. */
  idempotencyKey: z.uuid('must be a UUID'),
};

export const hasAContact = (body: { contact: Record<string, string | undefined> }) => Object.values(body.contact).some(Boolean);
export const NO_CONTACT_MESSAGE = 'at least one way to reach you is required';

export const referralSubmissionSchema = z
  .object(referralRequestFields)
  .strict()
  .refine(hasAContact, { message: NO_CONTACT_MESSAGE, path: ['contact'] });

export type ReferralSubmission = z.infer<typeof referralSubmissionSchema>;

export interface ReferralReceipt {
  referenceCode: string;
  /**
   * Secret part of the private status link: shown once, stored only as a hash. A replay of the
   * same submission gets a new one, and the one before it stops working.
   */
  statusToken: string;
  status: ReferralStatus;
}

/** Where the request went when an agency passed it on: the end of the chain, with its state. */
export interface ForwardedTo {
  serviceId: string;
  organizationId: string;
  referenceCode: string;
  status: ReferralStatus;
}

/** What the newcomer's private status page shows: no personal data comes back. */
export interface ReferralStatusView {
  referenceCode: string;
  serviceId: string;
  organizationId: string;
  status: ReferralStatus;
  history: { status: ReferralStatus; at: string; reason: HistoryReason | null }[];
  /** Set when an agency passed the referral to a better-suited service. */
  forwardedTo: ForwardedTo | null;
  /** The newcomer withdrew: their personal data is erased. */
  withdrawn: boolean;
}
