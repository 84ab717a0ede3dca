/**
 * The directory bundle phones download, built from the region's live listings. It is rebuilt
 * when the region's release moves (a publish, a revert, a verification, an import), by this
 * process at once after its own writes and by every other process within a poll interval.
 * Listings are parsed once per version and kept, so a publish re-reads one organization, not
 * the region, and only its part of the bundle is serialized and compressed again
 * (incremental-bundle.ts).
 */
import type { Directory, Region } from '../../shared/schema/directory.ts';
import type { OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { DirectorySource } from '../directory-source.ts';
import type { JsonBundle } from '../json-file-source.ts';
import { IncrementalBundle } from './incremental-bundle.ts';
import { ID_CHUNK, parseListing, readLiveDocuments, type Db } from './listing-rows.ts';

export interface PublishedDirectory extends DirectorySource {
  /** Rebuilds when the release moved; resolves once `current()` serves it. */
  refresh(): Promise<void>;
  stop(): void;
}

/** What phones see of a listing: who verified a service stays on the server. */
function publicListing(listing: OrganizationListing): OrganizationListing {
  return { ...listing, services: listing.services.map(({ assurer_email: _assurer, ...service }) => service) };
}

interface Options {
  pollMs?: number;
  now?: () => Date;
}

/** Starts with the region's current bundle; fails when the region has no release yet. */
export async function publishedDirectory(db: Db, regionId: string, { pollMs = 2000, now = () => new Date() }: Options = {}): Promise<PublishedDirectory> {
  const parsed = new Map<string, { version: number; listing: OrganizationListing }>();
  let release = -1;
  let bundle: JsonBundle<Directory> | null = null;
  const incremental = new IncrementalBundle();
  let building: Promise<void> | null = null;

  async function rebuild(): Promise<void> {
    const row = await db.selectFrom('directory_releases').selectAll().where('region_id', '=', regionId).executeTakeFirst();
    if (!row) throw new Error(`Region ${regionId} has no published directory.`);
    if (row.release === release && bundle) return;
    const heads = await db
      .selectFrom('listing_heads')
      .select(['organization_id', 'live_version'])
      .where('region_id', '=', regionId)
      .where('live_version', 'is not', null)
      .orderBy('organization_id')
      .execute();
    const stale = heads.filter((head) => parsed.get(head.organization_id)?.version !== head.live_version);
    // Only the listings whose live version moved since the last build are read and parsed
    // (the first build reads the whole region in one go).
    const ids = stale.length > ID_CHUNK ? 'all' : stale.map((head) => head.organization_id);
    for (const row of ids.length === 0 ? [] : await readLiveDocuments(db, regionId, ids)) {
      parsed.set(row.organization_id, { version: row.version, listing: publicListing(parseListing(row.document)) });
    }
    const changed = new Set(stale.map((head) => head.organization_id));
    const live = new Set(heads.map((head) => head.organization_id));
    for (const id of parsed.keys()) {
      if (live.has(id)) continue;
      parsed.delete(id);
      changed.add(id);
    }
    const region = JSON.parse(row.region) as Region;
    const listings = heads.flatMap((head) => parsed.get(head.organization_id)?.listing ?? []);
    // A changed region record (name, centre) is in every build's header; groups follow the listings.
    bundle = await incremental.build(listings, bundle ? changed : null, { version: `${regionId}-r${row.release}`, generatedAt: now().toISOString(), region });
    release = row.release;
  }

  /** One rebuild at a time; a refresh asked for during one runs again after it. */
  function refresh(): Promise<void> {
    const next = (building ?? Promise.resolve()).then(rebuild);
    const settled = next.finally(() => {
      if (building === settled) building = null;
    });
    building = settled;
    return settled;
  }

  await refresh();
  const timer = setInterval(() => {
    refresh().catch((error: unknown) => console.error(`Directory rebuild failed; phones keep the previous one: ${error instanceof Error ? error.message : String(error)}`));
  }, pollMs);
  timer.unref();

  return {
    current() {
      if (!bundle) throw new Error('The directory bundle is not built yet.');
      return bundle;
    },
    refresh,
    stop: () => clearInterval(timer),
  };
}
