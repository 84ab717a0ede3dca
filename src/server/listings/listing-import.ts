/**
 * Puts a whole directory into a region's listings, all or nothing: every organization's listing
 * is checked first, then one transaction writes a new live version for each one that differs
 * from what is published. Used to seed a region from its bundle file, by the admin import and
 * by the command line.
 */
import type { Region } from '../../shared/schema/directory.ts';
import { listingChanges } from '../../shared/listings/listing-changes.ts';
import { listingsFromDirectory, organizationListingSchema, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { Directory } from '../../shared/schema/directory.ts';
import { inTransaction } from '../db/transactions.ts';
import { appendVersion, type ListingActor } from './listing-versions.ts';
import { bumpRelease, readHead, readListingAt, type Db } from './listing-rows.ts';
import { Refusal } from '../security/refusal.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Organizations of the region the import does not list: no longer shown to phones. */
  withdrawn: number;
}

export interface ListingProblem {
  organizationId: string;
  path: string;
  message: string;
}

/** Checks every listing; the problems name the organization and the field. */
export function checkListings(directory: Pick<Directory, 'organizations' | 'services' | 'locations' | 'service_at_locations'>): { listings: OrganizationListing[]; problems: ListingProblem[] } {
  const listings: OrganizationListing[] = [];
  const problems: ListingProblem[] = [];
  for (const candidate of listingsFromDirectory(directory)) {
    const parsed = organizationListingSchema.safeParse(candidate);
    if (parsed.success) listings.push(parsed.data);
    else problems.push(...parsed.error.issues.map((issue) => ({ organizationId: candidate.organization.id, path: issue.path.map(String).join('.'), message: issue.message })));
  }
  return { listings, problems };
}

/** Creates the region's release row when it is new, and keeps its record current. */
export async function ensureRegion(trx: Db, region: Region, at: string): Promise<void> {
  await trx
    .insertInto('regions')
    .values({ id: region.id, name: region.name, timezone: region.timezone, created_at: at })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  await trx
    .insertInto('directory_releases')
    .values({ region_id: region.id, region: JSON.stringify(region), release: 1, released_at: at })
    .onConflict((conflict) => conflict.column('region_id').doUpdateSet({ region: JSON.stringify(region) }))
    .execute();
}

/**
 * Makes the region's live listings those of the import (already checked): new and changed
 * organizations get a version, and those the import does not list are withdrawn from phones
 * (their history stays, and a revert brings one back).
 */
export function importListings(db: Db, region: Region, listings: readonly OrganizationListing[], actor: ListingActor, at: string): Promise<ImportCounts> {
  return inTransaction(db, async (trx) => {
    await ensureRegion(trx, region, at);
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, withdrawn: 0 };
    for (const listing of listings) {
      const organizationId = listing.organization.id;
      const head = await readHead(trx, organizationId);
      if (!head) {
        await trx
          .insertInto('listing_heads')
          .values({ organization_id: organizationId, region_id: region.id, name: listing.organization.name, live_version: null, latest_version: 0, updated_at: at })
          .execute();
      } else if (head.region_id !== region.id) {
        throw new Refusal(409, `Organization ${organizationId} is listed in region ${head.region_id}, not ${region.id}.`);
      } else if (listingChanges(await readListingAt(trx, organizationId, head.live_version), listing).length === 0) {
        counts.unchanged += 1;
        continue;
      }
      await appendVersion(trx, { organizationId, document: listing, action: 'import', actor, at });
      counts[head ? 'updated' : 'created'] += 1;
    }
    const keep = new Set(listings.map((listing) => listing.organization.id));
    const others = await trx.selectFrom('listing_heads').select('organization_id').where('region_id', '=', region.id).where('live_version', 'is not', null).execute();
    const gone = others.map((row) => row.organization_id).filter((id) => !keep.has(id));
    // Chunked: a large region's ids exceed what one statement may bind.
    for (let start = 0; start < gone.length; start += 500) {
      await trx.updateTable('listing_heads').set({ live_version: null, updated_at: at }).where('organization_id', 'in', gone.slice(start, start + 500)).execute();
    }
    counts.withdrawn = gone.length;
    if (gone.length > 0) await bumpRelease(trx, region.id, at);
    return counts;
  });
}
