/**
 * A region's live listings as one directory, as its LIP exchanges it: the same listings phones
 * get, with who verified each service (`assurer_email`) kept, since an exchange between LIPs
 * and 211 needs it and the exports are for signed-in coordinators only.
 */
import { directoryFromListings, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { Directory, Region } from '../../shared/schema/directory.ts';
import { parseListing, readLiveDocuments, type Db } from '../listings/listing-rows.ts';

/** The region as its release row records it, or null when the region has never been released. */
export async function releasedRegion(db: Db, regionId: string): Promise<{ region: Region; release: number } | null> {
  const row = await db.selectFrom('directory_releases').select(['region', 'release']).where('region_id', '=', regionId).executeTakeFirst();
  return row ? { region: JSON.parse(row.region) as Region, release: row.release } : null;
}

/** Every live listing of the region, by organization id, in id order. */
export async function liveListings(db: Db, regionId: string): Promise<Map<string, OrganizationListing>> {
  const rows = await readLiveDocuments(db, regionId, 'all');
  rows.sort((a, b) => (a.organization_id < b.organization_id ? -1 : a.organization_id > b.organization_id ? 1 : 0));
  return new Map(rows.map((row) => [row.organization_id, parseListing(row.document)]));
}

export async function liveDirectory(db: Db, regionId: string, at: string): Promise<Directory | null> {
  const released = await releasedRegion(db, regionId);
  if (!released) return null;
  const listings = await liveListings(db, regionId);
  return directoryFromListings(released.region, [...listings.values()], `${regionId}-r${released.release}`, at);
}
