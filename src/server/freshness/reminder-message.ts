/**
 * The reminder an organization's staff get about services nobody confirmed for too long: which
 * ones, since when, and the link to the listing editor. It is about the listing only: no
 * newcomer, no referral, no feedback comment is ever in it.
 */
import type { MailMessage } from '../referrals/notifier.ts';
import type { ServiceDate } from './live-service-dates.ts';

export interface ReminderContent {
  organizationId: string;
  organizationName: string;
  staleServices: readonly ServiceDate[];
  staleAfterDays: number;
  reminderIntervalDays: number;
  publicUrl: string;
}

export const editorLink = (publicUrl: string, organizationId: string): string => new URL(`/listings/${encodeURIComponent(organizationId)}`, publicUrl).href;

const serviceLine = (service: ServiceDate) => `- ${service.name}: ${service.assuredDate ? `last confirmed on ${service.assuredDate}` : 'never confirmed'}`;

export function reminderMessage(to: string, content: ReminderContent): MailMessage {
  const { organizationName, staleServices, staleAfterDays, reminderIntervalDays } = content;
  const count = staleServices.length;
  const these = count === 1 ? 'This service' : `These ${count} services`;
  const have = count === 1 ? 'has' : 'have';
  return {
    to,
    subject: count === 1 ? `Please check 1 service of ${organizationName} on Guichet` : `Please check ${count} services of ${organizationName} on Guichet`,
    text: [
      `${these} of ${organizationName} ${have} not been confirmed for more than ${staleAfterDays} days:`,
      '',
      ...staleServices.map(serviceLine),
      '',
      'Newcomers see the date a service was last confirmed. An old date makes them doubt the hours, fees and address.',
      '',
      `Open your listing, check each service, then choose "Still correct" or fix what changed:`,
      editorLink(content.publicUrl, content.organizationId),
      '',
      `You get this reminder at most once every ${reminderIntervalDays} days while a service is not confirmed.`,
      '',
    ].join('\n'),
  };
}
