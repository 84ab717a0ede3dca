/** Reading listing rows and their JSON documents, shared by the store and the bundle builder. */
import type { Kysely } from 'kysely';
import type { Database, ListingVersionTable } from '../db/schema.ts';
import type { ListingChange } from '../../shared/listings/listing-changes.ts';
import type { OrganizationListing } from '../../shared/listings/listing-document.ts';
import { Refusal } from '../security/refusal.ts';

export type Db = Kysely<Database>;

export const readHead = (db: Db, organizationId: string) =>
  db.selectFrom('listing_heads').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();

export async function requireHead(db: Db, organizationId: string) {
  const head = await readHead(db, organizationId);
  if (!head) throw new Refusal(404, `No organization ${organizationId} is listed here.`);
  return head;
}

export async function readVersionRow(db: Db, organizationId: string, version: number) {
  return db.selectFrom('listing_versions').selectAll().where('organization_id', '=', organizationId).where('version', '=', version).executeTakeFirst();
}

export const parseListing = (json: string) => JSON.parse(json) as OrganizationListing;

export async function readListingAt(db: Db, organizationId: string, version: number | null): Promise<OrganizationListing | null> {
  if (version === null) return null;
  const row = await readVersionRow(db, organizationId, version);
  return row ? parseListing(row.document) : null;
}

/** A version as the history shows it. */
export function versionSummary(row: ListingVersionTable) {
  return {
    version: row.version,
    action: row.action,
    reviewState: row.review_state,
    restoredVersion: row.restored_version,
    publishedBy: row.published_by_name,
    publishedAt: row.published_at,
    changes: JSON.parse(row.changes) as ListingChange[],
  };
}
export type VersionSummary = ReturnType<typeof versionSummary>;

/** Moves the region's release on, so every server process rebuilds the bundle phones get. */
export async function bumpRelease(db: Db, regionId: string, at: string): Promise<void> {
  await db
    .updateTable('directory_releases')
    .set((eb) => ({ release: eb('release', '+', 1), released_at: at }))
    .where('region_id', '=', regionId)
    .execute();
}

/** Ids bound per statement: well under what either engine accepts. */
export const ID_CHUNK = 500;

/**
 * The live version's document of each organization named (all of the region's when `ids` is
 * 'all'; any region's when `regionId` is null): one join per chunk of ids, never one query per
 * organization.
 */
export async function readLiveDocuments(db: Db, regionId: string | null, ids: readonly string[] | 'all'): Promise<Array<{ organization_id: string; version: number; document: string }>> {
  const live = () => {
    const query = db
      .selectFrom('listing_heads as h')
      .innerJoin('listing_versions as v', (join) => join.onRef('v.organization_id', '=', 'h.organization_id').onRef('v.version', '=', 'h.live_version'))
      .select(['v.organization_id', 'v.version', 'v.document']);
    return regionId === null ? query : query.where('h.region_id', '=', regionId);
  };
  if (ids === 'all') return live().execute();
  const rows: Array<{ organization_id: string; version: number; document: string }> = [];
  for (let start = 0; start < ids.length; start += ID_CHUNK) rows.push(...(await live().where('h.organization_id', 'in', ids.slice(start, start + ID_CHUNK)).execute()));
  return rows;
}
