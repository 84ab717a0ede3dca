/**
 * Rows turned into what callers see: the staff view with the person's details, and the pieces
 * both views share (history, where a forwarded referral went). The newcomer's view is built in
 * status-page.ts from the same pieces, without any personal field.
 */
import type { Kysely } from 'kysely';
import type { Database, Referral } from '../db/schema.ts';
import type { InboxHistoryEntry, InboxItem, InboxReferral } from '../../shared/referrals/inbox-contract.ts';
import { historyReasons, type ForwardedTo, type HistoryReason } from '../../shared/referrals/referral-contract.ts';
import { personOf } from './personal-fields.ts';

/** A forward chain longer than this is a loop or an error; the walk stops there. */
const MAX_FORWARDS = 20;

export function toInboxItem(referral: Referral): InboxItem {
  return {
    id: referral.id,
    referenceCode: referral.reference_code,
    serviceId: referral.service_id,
    organizationId: referral.organization_id,
    status: referral.status,
    source: referral.source,
    referringOrganizationId: referral.referring_organization_id,
    forwardedFromId: referral.forwarded_from_id,
    person: personOf(referral),
    preferredLanguage: referral.preferred_language,
    interpreterNeeded: referral.interpreter_needed === 1,
    fsa: referral.fsa,
    needCategories: JSON.parse(referral.need_categories) as string[],
    consent: {
      textVersion: referral.consent_text_version,
      language: referral.consent_language,
      at: referral.consent_at,
      health: referral.health_consent === 1,
      allowsForward: referral.consent_allows_forward === 1,
    },
    createdAt: referral.created_at,
    updatedAt: referral.updated_at,
    firstResponseAt: referral.first_response_at,
    closedAt: referral.closed_at,
    purgedAt: referral.purged_at,
  };
}

const asHistoryReason = (reason: string | null): HistoryReason | null =>
  reason !== null && (historyReasons as readonly string[]).includes(reason) ? (reason as HistoryReason) : null;

export async function historyOf(db: Kysely<Database>, referralId: string): Promise<InboxHistoryEntry[]> {
  const events = await db.selectFrom('referral_events').selectAll().where('referral_id', '=', referralId).orderBy('id').execute();
  return events.map((event) => ({
    from: event.from_status,
    to: event.to_status,
    actor: event.actor,
    reason: asHistoryReason(event.reason),
    note: event.note,
    at: event.at,
  }));
}

/** The referral and those it was forwarded to, in order; the last one is where the request is now. */
export async function forwardChain(db: Kysely<Database>, start: Referral): Promise<Referral[]> {
  const chain = [start];
  for (let current = start; chain.length <= MAX_FORWARDS && current.status === 'cancelled'; ) {
    const next = await db.selectFrom('referrals').selectAll().where('forwarded_from_id', '=', current.id).executeTakeFirst();
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

export function forwardedToOf(chain: readonly Referral[]): ForwardedTo | null {
  if (chain.length < 2) return null;
  const end = chain[chain.length - 1]!;
  return { serviceId: end.service_id, organizationId: end.organization_id, referenceCode: end.reference_code, status: end.status };
}

export async function toInboxReferral(db: Kysely<Database>, referral: Referral): Promise<InboxReferral> {
  return { ...toInboxItem(referral), history: await historyOf(db, referral.id), forwardedTo: forwardedToOf(await forwardChain(db, referral)) };
}
