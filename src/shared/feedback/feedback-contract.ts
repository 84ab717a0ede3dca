/**
 * The newcomer feedback API's contract, shared by the app and the server: a report that a
 * service's information is wrong, or a rating, sent without an account and without personal
 * details. The organization and region are never in the body: the server takes them from the
 * directory.
 */
import { z } from 'zod';
import { languageTag } from '../referrals/safe-text.ts';

/** What a newcomer can say is wrong: a closed list, so providers can sort and count. */
export const feedbackProblems = ['hours', 'address', 'phone', 'eligibility', 'fees', 'languages', 'closed', 'other'] as const;
export type FeedbackProblem = (typeof feedbackProblems)[number];

export const feedbackKinds = ['wrong_info', 'rating'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export const MAX_COMMENT_LENGTH = 1000;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATES = /\p{Cs}/gu;

/**
 * Free text from the public, kept as plain text: control characters and broken UTF-16 are
 * stripped rather than refused (a comment typed on any phone is accepted), line breaks kept.
 */
export function cleanComment(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(LONE_SURROGATES, '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

const comment = z
  .string()
  .max(MAX_COMMENT_LENGTH, `must be at most ${MAX_COMMENT_LENGTH} characters`)
  .transform(cleanComment)
  .transform((text) => (text === '' ? null : text));

const common = {
  /** Made on the device; the outbox resending it gets the first receipt back. */
  idempotencyKey: z.uuid('must be a UUID'),
  serviceId: z.string().min(1).max(100),
  comment: comment.nullish(),
  /** The reader's language: the language the comment is probably written in. */
  language: languageTag,
};

export const feedbackSubmissionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...common,
      kind: z.literal('wrong_info'),
      problems: z
        .array(z.enum(feedbackProblems))
        .min(1, 'choose at least one thing that is wrong')
        .max(feedbackProblems.length)
        .transform((problems) => [...new Set(problems)]),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('rating'),
      rating: z.number().int('must be a whole number from 1 to 5').min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
    })
    .strict(),
]);
export type FeedbackSubmission = z.output<typeof feedbackSubmissionSchema>;
export type FeedbackBody = z.input<typeof feedbackSubmissionSchema>;

/** What the newcomer's device keeps once the server has the report. */
export interface FeedbackReceipt {
  id: string;
  receivedAt: string;
}

export const feedbackStates = ['open', 'resolved'] as const;
export type FeedbackState = (typeof feedbackStates)[number];

/** A report of wrong information as its provider sees it. */
export interface FeedbackReport {
  id: string;
  serviceId: string;
  /** The service's name in the current directory; its id when it has left the directory. */
  serviceName: string;
  problems: FeedbackProblem[];
  comment: string | null;
  language: string;
  createdAt: string;
  resolvedAt: string | null;
}

export interface FeedbackReportPage {
  state: FeedbackState;
  reports: FeedbackReport[];
  page: number;
  perPage: number;
  total: number;
}

export interface RatingComment {
  id: string;
  rating: number;
  comment: string;
  language: string;
  createdAt: string;
}

/** A service's ratings: how many, their average, and the newest comments. */
export interface ServiceRatings {
  serviceId: string;
  serviceName: string;
  count: number;
  average: number;
  comments: RatingComment[];
}

/** The LIP's view (the dashboard's listing health): how much feedback each organization of the region has. */
export interface OrganizationFeedbackCounts {
  organizationId: string;
  name: string;
  openReports: number;
  resolvedReports: number;
  ratings: number;
  averageRating: number | null;
}
