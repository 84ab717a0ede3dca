/**
 * What can go wrong with a referral request, in the caller's terms. Domain functions throw these;
 * the routes turn each kind into its HTTP status with the message as the readable error.
 */
export type ReferralErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict';

export interface FieldProblem {
  path: string;
  message: string;
}

export class ReferralError extends Error {
  constructor(
    readonly kind: ReferralErrorKind,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ReferralError';
  }
}

/** Said the same way whether the referral does not exist or belongs to someone else. */
export const notInYourInbox = () => new ReferralError('not-found', 'There is no such referral in your inbox.');
