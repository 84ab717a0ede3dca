/** The listings a signed-in account works on, for the editor's first page and the LIP's review queue. */
import type { Caller } from '../auth/auth-context.ts';
import type { Db } from './listing-rows.ts';

export interface ListingRow {
  organizationId: string;
  regionId: string;
  name: string;
  liveVersion: number | null;
  latestVersion: number;
  hasDraft: boolean;
  /** The latest version waits for the LIP's review. */
  pendingReview: boolean;
  updatedAt: string;
}

export async function listListings(db: Db, caller: Caller): Promise<ListingRow[]> {
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
  return rows.map((row) => ({
    organizationId: row.organization_id,
    regionId: row.region_id,
    name: row.name,
    liveVersion: row.live_version,
    latestVersion: row.latest_version,
    hasDraft: row.draft_of !== null,
    pendingReview: row.review_state === 'pending',
    updatedAt: row.updated_at,
  }));
}
