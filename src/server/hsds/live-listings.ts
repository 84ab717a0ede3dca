/**
 * A region's live listings as one directory, as its LIP exchanges it: the same listings phones
 * get, with who verified each service (`assurer_email`) kept, since an exchange between LIPs
 * and 211 needs it and the exports are for signed-in coordinators only.
 */
import { directoryFromListings, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { Directory, Region } from '../../shared/schema/directory.ts';
import { parseListing, type Db } from '../listings/listing-rows.ts';

/** The region as its release row records it, or null when the region has never been released. */
export async function releasedRegion(db: Db, regionId: string): Promise<{ region: Region; release: number } | null> {
  const row = await db.selectFrom('directory_releases').select(['region', 'release']).where('region_id', '=', regionId).executeTakeFirst();
  return row ? { region: JSON.parse(row.region) as Region, release: row.release } : null;
}

/** Every live listing of the region, by organization id. */
export async function liveListings(db: Db, regionId: string): Promise<Map<string, OrganizationListing>> {
  const heads = await db
    .selectFrom('listing_heads')
    .select(['organization_id', 'live_version'])
    .where('region_id', '=', regionId)
    .where('live_version', 'is not', null)
    .orderBy('organization_id')
    .execute();
  const listings = new Map<string, OrganizationListing>();
  // Batched: a large region's (organization, version) pairs exceed what one statement may bind.
  for (let start = 0; start < heads.length; start += 500) {
    const batch = heads.slice(start, start + 500);
    const rows = await db
      .selectFrom('listing_versions')
      .select(['organization_id', 'document'])
      .where((eb) => eb.or(batch.map((head) => eb.and([eb('organization_id', '=', head.organization_id), eb('version', '=', head.live_version)]))))
      .execute();
    const documents = new Map(rows.map((row) => [row.organization_id, row.document]));
    for (const head of batch) {
      const document = documents.get(head.organization_id);
      if (document) listings.set(head.organization_id, parseListing(document));
    }
  }
  return listings;
}

export async function liveDirectory(db: Db, regionId: string, at: string): Promise<Directory | null> {
  const released = await releasedRegion(db, regionId);
  if (!released) return null;
  const listings = await liveListings(db, regionId);
  return directoryFromListings(released.region, [...listings.values()], `${regionId}-r${released.release}`, at);
}
