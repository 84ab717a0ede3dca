/**
 * The provider inbox's contract: what staff send to move, forward or make a referral, and what
 * the inbox returns. Only staff of the organization a referral is addressed to ever see these
 * shapes, since they carry the person's name and contacts.
 */
import { z } from 'zod';
import {
  hasAContact,
  NO_CONTACT_MESSAGE,
  referralRequestFields,
  referralStatuses,
  rejectionReasons,
  type HistoryReason,
  type ForwardedTo,
  type ReferralStatus,
} from './referral-contract.ts';
import { plainText } from './safe-text.ts';

export const INBOX_PAGE_SIZE = 50;
export const inboxSorts = ['newest', 'oldest-waiting'] as const;
export type InboxSort = (typeof inboxSorts)[number];

export const inboxQuerySchema = z
  .object({
    status: z.enum(referralStatuses).optional(),
    /** `oldest-waiting`: the longest-waiting first, for working through a queue. */
    sort: z.enum(inboxSorts).default('newest'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .strict();
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

const staffNote = plainText(500, { multiline: true }).optional();

export const transitionRequestSchema = z
  .object({ to: z.enum(referralStatuses), reason: z.enum(rejectionReasons).optional(), note: staffNote })
  .strict()
  .refine((body) => body.to !== 'rejected' || body.reason !== undefined, { message: 'a rejection needs a reason', path: ['reason'] });
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

export const forwardRequestSchema = z
  .object({
    serviceId: z.string().min(1).max(100),
    note: staffNote,
    /**
     * The person's consent did not cover passing the request on, so staff asked them again and
     * they said yes. Without this, such a referral cannot be forwarded.
     */
    consentReasked: z.boolean().default(false),
  })
  .strict();
export type ForwardRequest = z.infer<typeof forwardRequestSchema>;

/** Staff referring a client: the client's details and consent as they gave them to staff. */
export const agencyReferralSchema = z
  .object({
    ...referralRequestFields,
    /** One of the caller's own organizations; may be left out when they have only one. */
    referringOrganizationId: z.string().min(1).max(100).optional(),
  })
  .strict()
  .refine(hasAContact, { message: NO_CONTACT_MESSAGE, path: ['contact'] });
export type AgencyReferralRequest = z.infer<typeof agencyReferralSchema>;

export interface InboxPerson {
  name: string | null;
  contact: { phone: string | null; sms: string | null; email: string | null; whatsapp: string | null };
  note: string | null;
}

export interface InboxItem {
  id: string;
  referenceCode: string;
  serviceId: string;
  organizationId: string;
  status: ReferralStatus;
  source: 'self' | 'agency';
  referringOrganizationId: string | null;
  forwardedFromId: string | null;
  /** null once erased (withdrawn by the person, or closed longer than the retention period). */
  person: InboxPerson | null;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  fsa: string | null;
  needCategories: string[];
  consent: { textVersion: string; language: string; at: string; health: boolean; allowsForward: boolean };
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  closedAt: string | null;
  purgedAt: string | null;
}

export interface InboxPage {
  items: InboxItem[];
  page: number;
  pageSize: number;
  total: number;
}

export interface InboxHistoryEntry {
  from: ReferralStatus | null;
  to: ReferralStatus;
  /** A user id, or `newcomer` / `system`. */
  actor: string;
  reason: HistoryReason | null;
  note: string | null;
  at: string;
}

export interface InboxReferral extends InboxItem {
  history: InboxHistoryEntry[];
  /** Where it went when it was passed on (possibly to an organization whose details this one cannot see). */
  forwardedTo: ForwardedTo | null;
}
