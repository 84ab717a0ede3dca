/**
 * The directory bundle phones download, built from the region's live listings. It is rebuilt
 * when the region's release moves (a publish, a revert, a verification, an import), by this
 * process at once after its own writes and by every other process within a poll interval.
 * Listings are parsed once per version and kept, so a publish re-reads one organization, not
 * the region; the bundle is compressed off the main thread.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Directory, Region } from '../../shared/schema/directory.ts';
import { directoryFromListings, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { DirectorySource } from '../directory-source.ts';
import type { JsonBundle } from '../json-file-source.ts';
import { parseListing, type Db } from './listing-rows.ts';

const gzipAsync = promisify(gzip);

export interface PublishedDirectory extends DirectorySource {
  /** Rebuilds when the release moved; resolves once `current()` serves it. */
  refresh(): Promise<void>;
  stop(): void;
}

/** What phones see of a listing: who verified a service stays on the server. */
function publicListing(listing: OrganizationListing): OrganizationListing {
  return { ...listing, services: listing.services.map(({ assurer_email: _assurer, ...service }) => service) };
}

async function buildBundle(directory: Directory): Promise<JsonBundle<Directory>> {
  const json = JSON.stringify(directory);
  // The ETag ignores the build time: a rebuild of the same listings costs phones nothing.
  const fingerprint = JSON.stringify({ ...directory, generated_at: null, version: null });
  const etag = `"${createHash('sha256').update(fingerprint).digest('base64url').slice(0, 27)}"`;
  return { value: directory, json, gzipped: await gzipAsync(json, { level: 6 }), etag };
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
    // Only the listings that changed since the last build are read and parsed.
    for (let start = 0; start < stale.length; start += 500) {
      const batch = stale.slice(start, start + 500);
      const rows = await db
        .selectFrom('listing_versions')
        .select(['organization_id', 'version', 'document'])
        .where((eb) => eb.or(batch.map((head) => eb.and([eb('organization_id', '=', head.organization_id), eb('version', '=', head.live_version)]))))
        .execute();
      for (const version of rows) parsed.set(version.organization_id, { version: version.version, listing: publicListing(parseListing(version.document)) });
    }
    const live = new Set(heads.map((head) => head.organization_id));
    for (const id of parsed.keys()) if (!live.has(id)) parsed.delete(id);
    const region = JSON.parse(row.region) as Region;
    const listings = heads.flatMap((head) => parsed.get(head.organization_id)?.listing ?? []);
    bundle = await buildBundle(directoryFromListings(region, listings, `${regionId}-r${row.release}`, now().toISOString()));
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
