/**
 * Reads one month of a region's referrals as facts for the rollup: no personal column is read.
 * How far each was passed on and who sent it come from the forward chain; whether it was ever
 * accepted and why it was declined come from its history.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { firstWeekOfMonth, nextMonth, weekOf } from '../../shared/dashboard/fiscal-calendar.ts';
import type { ReferralFact } from './rollup-rows.ts';

/** Keeps `in (...)` lists well under every engine's limit on bound values. */
const CHUNK = 500;

const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, index) => items.slice(index * CHUNK, (index + 1) * CHUNK));

/** States reachable only through acceptance. */
const ACCEPTED_STATES = new Set(['accepted', 'in-progress', 'on-hold', 'completed', 'failed']);
const HOUR_MS = 3_600_000;

interface ChainLink {
  parentId: string | null;
  organizationId: string;
}

/** Every ancestor of the given referrals, up to the first request of each chain. */
async function chainAncestors(db: Kysely<Database>, parentIds: Iterable<string>): Promise<Map<string, ChainLink>> {
  const links = new Map<string, ChainLink>();
  let pending = [...new Set(parentIds)];
  while (pending.length > 0) {
    const next: string[] = [];
    for (const ids of chunks(pending)) {
      const rows = await db.selectFrom('referrals').select(['id', 'forwarded_from_id', 'organization_id']).where('id', 'in', ids).execute();
      for (const row of rows) {
        links.set(row.id, { parentId: row.forwarded_from_id, organizationId: row.organization_id });
        if (row.forwarded_from_id && !links.has(row.forwarded_from_id)) next.push(row.forwarded_from_id);
      }
    }
    pending = [...new Set(next)];
  }
  return links;
}

function hopOf(parentId: string | null, links: ReadonlyMap<string, ChainLink>): number {
  let hop = 1;
  for (let id = parentId; id; id = links.get(id)?.parentId ?? null) hop += 1;
  return hop;
}

/** For closed referrals whose state hides it: was it accepted before, and why was it declined. */
async function historyOf(db: Kysely<Database>, ids: readonly string[]) {
  const acceptedBefore = new Set<string>();
  const rejectedFor = new Map<string, string>();
  for (const chunk of chunks(ids)) {
    const events = await db
      .selectFrom('referral_events')
      .select(['referral_id', 'to_status', 'reason'])
      .where('referral_id', 'in', chunk)
      .where('to_status', 'in', ['accepted', 'rejected'])
      .execute();
    for (const event of events) {
      if (event.to_status === 'accepted') acceptedBefore.add(event.referral_id);
      else rejectedFor.set(event.referral_id, event.reason ?? 'other');
    }
  }
  return { acceptedBefore, rejectedFor };
}

function parseCategories(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** The referrals created in the weeks of `month` (YYYY-MM; see fiscal-calendar.ts). */
export async function monthFacts(db: Kysely<Database>, regionId: string, month: string): Promise<ReferralFact[]> {
  const rows = await db
    .selectFrom('referrals')
    .select([
      'id',
      'organization_id',
      'preferred_language',
      'source',
      'referring_organization_id',
      'forwarded_from_id',
      'fsa',
      'need_categories',
      'status',
      'created_at',
      'first_response_at',
    ])
    .where('region_id', '=', regionId)
    .where('created_at', '>=', `${firstWeekOfMonth(month)}T00:00:00.000Z`)
    .where('created_at', '<', `${firstWeekOfMonth(nextMonth(month))}T00:00:00.000Z`)
    .execute();
  const links = await chainAncestors(db, rows.flatMap((row) => (row.forwarded_from_id ? [row.forwarded_from_id] : [])));
  const { acceptedBefore, rejectedFor } = await historyOf(
    db,
    rows.filter((row) => row.status === 'cancelled' || row.status === 'rejected').map((row) => row.id),
  );
  return rows.map((row) => ({
    week: weekOf(row.created_at),
    organization: row.organization_id,
    language: row.preferred_language,
    source: row.source,
    fsa: row.fsa,
    categories: parseCategories(row.need_categories),
    hop: hopOf(row.forwarded_from_id, links),
    from: row.forwarded_from_id ? (links.get(row.forwarded_from_id)?.organizationId ?? null) : row.source === 'agency' ? row.referring_organization_id : null,
    accepted: ACCEPTED_STATES.has(row.status) || acceptedBefore.has(row.id),
    completed: row.status === 'completed',
    rejectedReason: row.status === 'rejected' ? (rejectedFor.get(row.id) ?? 'other') : null,
    responseHours: row.first_response_at ? Math.max(0, (Date.parse(row.first_response_at) - Date.parse(row.created_at)) / HOUR_MS) : null,
  }));
}
