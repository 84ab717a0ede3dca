/** The links that reach a person the way they asked to be reached. */
import type { InboxPerson } from '../../../shared/referrals/inbox-contract.ts';

export type ContactKind = 'phone' | 'sms' | 'email' | 'whatsapp';

export interface ContactLink {
  kind: ContactKind;
  /** What the person gave, shown as they wrote it. */
  shown: string;
  href: string;
}

const dialable = (number: string) => number.replace(/[^\d+]/g, '');

/**
 * WhatsApp wants the full international number without "+". People in Canada write ten digits
 * without the country code, which is 1 for every number of the North American plan.
 */
export function whatsappNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return !number.trim().startsWith('+') && digits.length === 10 ? `1${digits}` : digits;
}

export function contactLinks(contact: InboxPerson['contact']): ContactLink[] {
  const links: ContactLink[] = [];
  if (contact.phone) links.push({ kind: 'phone', shown: contact.phone, href: `tel:${dialable(contact.phone)}` });
  if (contact.sms) links.push({ kind: 'sms', shown: contact.sms, href: `sms:${dialable(contact.sms)}` });
  if (contact.email) links.push({ kind: 'email', shown: contact.email, href: `mailto:${encodeURIComponent(contact.email).replace('%40', '@')}` });
  if (contact.whatsapp) links.push({ kind: 'whatsapp', shown: contact.whatsapp, href: `https://wa.me/${whatsappNumber(contact.whatsapp)}` });
  return links;
}
