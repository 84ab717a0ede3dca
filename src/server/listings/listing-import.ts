/**
 * Puts a whole directory into a region's listings, all or nothing: every organization's listing
 * is checked first, then one transaction writes a new live version for each one that differs
 * from what is published. Used to seed a region from its bundle file, by the admin import and
 * by the command line.
 */
import type { Region } from '../../shared/schema/directory.ts';
import { listingChanges, type ListingChange } from '../../shared/listings/listing-changes.ts';
import { listingsFromDirectory, organizationListingSchema, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { Directory } from '../../shared/schema/directory.ts';
import { inTransaction } from '../db/transactions.ts';
import type { ListingActor } from './listing-versions.ts';
import { bumpRelease, ID_CHUNK, parseListing, readLiveDocuments, type Db } from './listing-rows.ts';
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

const chunks = <T>(items: readonly T[], size = ID_CHUNK): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

export interface ImportPlan {
  counts: ImportCounts;
  /** New and changed listings, each with its changes against what is live. */
  writes: Array<{ listing: OrganizationListing; latestVersion: number | null; changes: ListingChange[] }>;
  withdrawn: string[];
}

/**
 * What an import would do, without writing: the admin page's preview, and the first half of
 * `importListings`. Refused when an organization of the file is listed in another region.
 */
export async function planImport(db: Db, region: Region, listings: readonly OrganizationListing[]): Promise<ImportPlan> {
  const heads = new Map<string, { region_id: string; live_version: number | null; latest_version: number }>();
  for (const ids of chunks(listings.map((listing) => listing.organization.id))) {
    const rows = await db.selectFrom('listing_heads').select(['organization_id', 'region_id', 'live_version', 'latest_version']).where('organization_id', 'in', ids).execute();
    for (const row of rows) heads.set(row.organization_id, row);
  }
  const live = new Map<string, OrganizationListing>();
  const published = [...heads].filter(([, head]) => head.live_version !== null && head.region_id === region.id).map(([id]) => id);
  for (const row of await readLiveDocuments(db, region.id, published)) live.set(row.organization_id, parseListing(row.document));
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, withdrawn: 0 };
  const writes: ImportPlan['writes'] = [];
  for (const listing of listings) {
    const head = heads.get(listing.organization.id);
    if (head && head.region_id !== region.id) throw new Refusal(409, `Organization ${listing.organization.id} is listed in region ${head.region_id}, not ${region.id}.`);
    const changes = listingChanges(live.get(listing.organization.id) ?? null, listing);
    if (changes.length === 0) {
      counts.unchanged += 1;
      continue;
    }
    counts[head ? 'updated' : 'created'] += 1;
    writes.push({ listing, latestVersion: head?.latest_version ?? null, changes });
  }
  const keep = new Set(listings.map((listing) => listing.organization.id));
  const others = await db.selectFrom('listing_heads').select('organization_id').where('region_id', '=', region.id).where('live_version', 'is not', null).execute();
  const withdrawn = others.map((row) => row.organization_id).filter((id) => !keep.has(id));
  counts.withdrawn = withdrawn.length;
  return { counts, writes, withdrawn };
}

/**
 * Makes the region's live listings those of the import (already checked), in one transaction:
 * new and changed organizations get a live `import` version, and those the import does not list
 * are withdrawn from phones (their history stays, and a revert brings one back). Written in
 * batches: a region's first import is tens of thousands of versions.
 */
export function importListings(db: Db, region: Region, listings: readonly OrganizationListing[], actor: ListingActor, at: string): Promise<ImportCounts> {
  return inTransaction(db, async (trx) => {
    await ensureRegion(trx, region, at);
    const { counts, writes, withdrawn } = await planImport(trx, region, listings);
    const created = writes.filter((write) => write.latestVersion === null);
    for (const batch of chunks(created, 200)) {
      await trx
        .insertInto('listing_heads')
        .values(batch.map(({ listing }) => ({ organization_id: listing.organization.id, region_id: region.id, name: listing.organization.name, live_version: 1, latest_version: 1, updated_at: at })))
        .execute();
    }
    for (const { listing, latestVersion } of writes.filter((write) => write.latestVersion !== null)) {
      const version = latestVersion! + 1;
      await trx.updateTable('listing_heads').set({ live_version: version, latest_version: version, name: listing.organization.name, updated_at: at }).where('organization_id', '=', listing.organization.id).execute();
    }
    for (const batch of chunks(writes, 100)) {
      await trx
        .insertInto('listing_versions')
        .values(
          batch.map(({ listing, latestVersion, changes }) => ({
            organization_id: listing.organization.id,
            version: (latestVersion ?? 0) + 1,
            region_id: region.id,
            document: JSON.stringify(listing),
            action: 'import' as const,
            review_state: 'live' as const,
            restored_version: null,
            changes: JSON.stringify(changes),
            published_by: actor.id,
            published_by_name: actor.name,
            published_at: at,
          })),
        )
        .execute();
    }
    for (const ids of chunks(withdrawn)) {
      await trx.updateTable('listing_heads').set({ live_version: null, updated_at: at }).where('organization_id', 'in', ids).execute();
    }
    if (writes.length > 0 || withdrawn.length > 0) await bumpRelease(trx, region.id, at);
    return counts;
  });
}
