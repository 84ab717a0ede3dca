/** What every language's notice texts hold: the same few sentences, nothing about the person. */
import type { ReferralStatus } from '../../../shared/referrals/referral-contract.ts';

/** A state the referral reached, or `forwarded`: cancelled here because it went to another service. */
export type NoticeChange = ReferralStatus | 'forwarded';

export interface NoticeTexts {
  /** The subject line: there is news about the request with this reference code. */
  subject: (code: string) => string;
  /** The first sentence: the request, by its code, and what happened to it (one of `changes`), in this language's word order. */
  whatHappened: (code: string, change: string) => string;
  /** What happened, worded to complete `whatHappened`. */
  changes: Record<NoticeChange, string>;
  /** Where to see more, and that withdrawing erases the person's details. No link: the status token is never stored. */
  whereToLook: string;
}
