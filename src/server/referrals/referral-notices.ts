/**
 * The e-mails a referral sets off: a notice to the receiving organization's intake address for
 * new referrals (gathered per minute: intake-digest.ts), and a word to the newcomer at each
 * change when they gave an e-mail address.
 * Sending happens after the change is committed and never holds up or fails the request.
 */
import type { Referral } from '../db/schema.ts';
import type { ReferralStatus } from '../../shared/referrals/referral-contract.ts';
import { statusNoticeText } from './notice-texts.ts';
import type { MailMessage, Notifier } from './notifier.ts';
import type { ReferralDeps } from './referral-deps.ts';

/**
 * Mail errors can quote the recipient's address, which is personal data: only the error's code
 * and the referral id reach the log.
 */
export function deliverQuietly(notifier: Notifier, message: MailMessage, referralId: string): Promise<void> {
  return notifier.send(message).catch((error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    console.error(`Referral notice not sent: referral ${referralId} (${typeof code === 'string' ? code : 'no error code'})`);
  });
}

/** The reference code, the service's public name and a link: the person's details stay behind the sign-in. */
export function notifyIntake(deps: Pick<ReferralDeps, 'intakeNotices'>, referral: Referral, intakeEmail: string | null, serviceName: string): void {
  if (intakeEmail) deps.intakeNotices.notify(intakeEmail, { referralId: referral.id, referenceCode: referral.reference_code, serviceName });
}

export function notifyNewcomer(deps: Pick<ReferralDeps, 'notifier'>, referral: Referral, change: ReferralStatus | 'forwarded'): void {
  if (!referral.contact_email || referral.purged_at) return;
  const { subject, text } = statusNoticeText(referral.preferred_language, referral.reference_code, change);
  void deliverQuietly(deps.notifier, { to: referral.contact_email, subject, text }, referral.id);
}
