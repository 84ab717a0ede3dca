/**
 * The referral columns that identify a person, kept in one place so that every erasure
 * (withdrawal, retention purge) and every view that must leave them out agree on the list.
 */
import type { Kysely } from 'kysely';
import type { Database, Referral } from '../db/schema.ts';
import type { InboxPerson } from '../../shared/referrals/inbox-contract.ts';
import type { ReferralSubmission } from '../../shared/referrals/referral-contract.ts';

export const erasedPersonalFields = {
  person_name: null,
  contact_phone: null,
  contact_sms: null,
  contact_email: null,
  contact_whatsapp: null,
  need_note: null,
} as const;

type PersonalColumns = { [Column in keyof typeof erasedPersonalFields]: string | null };

export function personalColumns(request: Pick<ReferralSubmission, 'name' | 'contact' | 'note'>): PersonalColumns {
  return {
    person_name: request.name,
    contact_phone: request.contact.phone || null,
    contact_sms: request.contact.sms || null,
    contact_email: request.contact.email || null,
    contact_whatsapp: request.contact.whatsapp || null,
    need_note: request.note || null,
  };
}

export function copyPersonalColumns(referral: Referral): PersonalColumns {
  const { person_name, contact_phone, contact_sms, contact_email, contact_whatsapp, need_note } = referral;
  return { person_name, contact_phone, contact_sms, contact_email, contact_whatsapp, need_note };
}

export function personOf(referral: Referral): InboxPerson | null {
  if (referral.purged_at) return null;
  return {
    name: referral.person_name,
    contact: { phone: referral.contact_phone, sms: referral.contact_sms, email: referral.contact_email, whatsapp: referral.contact_whatsapp },
    note: referral.need_note,
  };
}

/**
 * Erases the person from these referrals: their columns, and the staff notes in their history,
 * which are free text and may name them. The history's states, times and reasons stay.
 */
export async function erasePersonalData(trx: Kysely<Database>, referralIds: readonly string[], at: string): Promise<void> {
  if (referralIds.length === 0) return;
  await trx.updateTable('referrals').set({ ...erasedPersonalFields, updated_at: at }).where('id', 'in', referralIds).execute();
  await trx.updateTable('referrals').set({ purged_at: at }).where('id', 'in', referralIds).where('purged_at', 'is', null).execute();
  await trx.updateTable('referral_events').set({ note: null }).where('referral_id', 'in', referralIds).execute();
}
