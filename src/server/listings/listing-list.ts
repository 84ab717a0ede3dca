/** The listings a signed-in account works on, for the editor's first page and the LIP's review queue. */
import type { Caller } from '../auth/auth-context.ts';
import type { Db } from './listing-rows.ts';
import type { ListingRow } from '../../shared/listings/listing-contract.ts';

export type { ListingRow };
import { staleCounts } from '../freshness/live-service-dates.ts';


export interface FreshnessClock {
  now: Date;
  staleAfterDays: number;
}

/** Unresolved reports per organization in the caller's listings, counted by the database in one grouped read. */
async function openReportCounts(db: Db, caller: Caller): Promise<Map<string, number>> {
  let query = db
    .selectFrom('listing_feedback')
    .select(['organization_id', (eb) => eb.fn.countAll<number | string | bigint>().as('open')])
    .where('kind', '=', 'wrong_info')
    .where('resolved_at', 'is', null)
    .groupBy('organization_id');
  if (caller.role === 'coordinator') query = query.where('region_id', '=', caller.regionId ?? '');
  if (caller.role === 'staff') query = query.where('organization_id', 'in', caller.organizationIds);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.organization_id, Number(row.open)]));
}

export async function listListings(db: Db, caller: Caller, { now, staleAfterDays }: FreshnessClock): Promise<ListingRow[]> {
  let query = db
    .selectFrom('listing_heads as h')
    .leftJoin('listing_drafts as d', 'd.organization_id', 'h.organization_id')
    .leftJoin('listing_versions as v', (join) => join.onRef('v.organization_id', '=', 'h.organization_id').onRef('v.version', '=', 'h.latest_version'))
    .select(['h.organization_id', 'h.region_id', 'h.name', 'h.live_version', 'h.latest_version', 'h.updated_at', 'd.organization_id as draft_of', 'v.review_state'])
    .orderBy('h.name')
    .orderBy('h.organization_id');
  if (caller.role === 'coordinator') query = query.where('h.region_id', '=', caller.regionId ?? '');
  if (caller.role === 'staff') {
    if (caller.organizationIds.length === 0) return [];
    query = query.where('h.organization_id', 'in', caller.organizationIds);
  }
  const rows = await query.execute();
  const stale = await staleCounts(db, rows, now, staleAfterDays);
  const open = await openReportCounts(db, caller);
  return rows.map((row) => ({
    organizationId: row.organization_id,
    regionId: row.region_id,
    name: row.name,
    liveVersion: row.live_version,
    latestVersion: row.latest_version,
    hasDraft: row.draft_of !== null,
    pendingReview: row.review_state === 'pending',
    updatedAt: row.updated_at,
    staleServices: stale.get(row.organization_id) ?? 0,
    openReports: open.get(row.organization_id) ?? 0,
  }));
}
