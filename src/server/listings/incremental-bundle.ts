/**
 * The region's bundle as JSON and gzip, rebuilt piece by piece. At 60k services the bundle is
 * hundreds of megabytes of JSON: serializing and compressing all of it on every publish would
 * take longer than the five seconds a provider may wait to see a change on a phone.
 *
 * Organizations are cut into groups of consecutive ids. Each group's records are serialized and
 * deflated on their own, ending with a full flush, so a deflated piece refers to nothing before
 * it and pieces can be laid end to end into one valid stream. A publish re-serializes and
 * re-deflates only the groups whose organizations changed; the gzip file is the fixed header,
 * the pieces, an empty final block and the trailer (CRC-32 and length of the whole JSON).
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import type { Directory, Region } from '../../shared/schema/directory.ts';
import { directoryFromListings, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { JsonBundle } from '../json-file-source.ts';

const deflateRawAsync = promisify(deflateRaw);
const ORGANIZATIONS_PER_GROUP = 64;
const TABLES = ['organizations', 'services', 'locations', 'service_at_locations'] as const;
type Table = (typeof TABLES)[number];

interface Piece {
  raw: Buffer;
  deflated: Buffer;
}

interface Group {
  pieces: Record<Table, Piece>;
  /** Of the group's JSON: the ETag is made of these, so equal content keeps its ETag. */
  hash: string;
}

/** gzip header: deflate, no name, no time, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));

const piece = (text: string): Piece => {
  const raw = Buffer.from(text);
  return { raw, deflated: deflateRawSync(raw, { finishFlush: constants.Z_FULL_FLUSH }) };
};
const COMMA = piece(',');

const recordsOf = (listing: OrganizationListing, table: Table): readonly unknown[] => (table === 'organizations' ? [listing.organization] : listing[table]);

async function buildGroup(listings: readonly OrganizationListing[]): Promise<Group> {
  const hash = createHash('sha256');
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const raw = Buffer.from(listings.flatMap((listing) => recordsOf(listing, table).map((record) => JSON.stringify(record))).join(','));
      hash.update(raw).update('\u0000');
      return [table, { raw, deflated: await deflateRawAsync(raw, { finishFlush: constants.Z_FULL_FLUSH, level: 6 }) }] as const;
    }),
  );
  return { pieces: Object.fromEntries(entries) as Record<Table, Piece>, hash: hash.digest('base64url') };
}

/** Index of the group an organization id falls in: the last boundary at or before it. */
function groupIndex(boundaries: readonly string[], id: string): number {
  let low = 0;
  let high = boundaries.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (boundaries[middle]! <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface BundleHead {
  version: string;
  generatedAt: string;
  region: Region;
}

export class IncrementalBundle {
  #boundaries: string[] = [];
  #groups: Group[] = [];

  /**
   * The bundle of `listings` (sorted by organization id). `changed` names the organizations
   * added, changed or removed since the last build; null rebuilds every group.
   */
  async build(listings: readonly OrganizationListing[], changed: ReadonlySet<string> | null, head: BundleHead): Promise<JsonBundle<Directory>> {
    if (changed === null || this.#groups.length === 0) {
      this.#boundaries = listings.filter((_, index) => index % ORGANIZATIONS_PER_GROUP === 0).map((listing) => listing.organization.id);
      if (this.#boundaries.length === 0) this.#boundaries = [''];
      this.#groups = [];
    }
    const members: OrganizationListing[][] = this.#boundaries.map(() => []);
    for (const listing of listings) members[groupIndex(this.#boundaries, listing.organization.id)]!.push(listing);
    const dirty = new Set(changed === null || this.#groups.length === 0 ? members.keys() : [...changed].map((id) => groupIndex(this.#boundaries, id)));
    const rebuilt = await Promise.all(members.map((group, index) => (dirty.has(index) ? buildGroup(group) : this.#groups[index]!)));
    this.#groups = rebuilt;
    return this.#assemble(listings, head);
  }

  #assemble(listings: readonly OrganizationListing[], { version, generatedAt, region }: BundleHead): JsonBundle<Directory> {
    const pieces: Piece[] = [piece(`{"version":${JSON.stringify(version)},"generated_at":${JSON.stringify(generatedAt)},"region":${JSON.stringify(region)}`)];
    for (const table of TABLES) {
      pieces.push(piece(`,"${table}":[`));
      let first = true;
      for (const group of this.#groups) {
        if (group.pieces[table].raw.length === 0) continue;
        if (!first) pieces.push(COMMA);
        pieces.push(group.pieces[table]);
        first = false;
      }
      pieces.push(piece(']'));
    }
    pieces.push(piece('}'));

    let crc = 0;
    let length = 0;
    for (const { raw } of pieces) {
      crc = crc32(raw, crc);
      length += raw.length;
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
    const gzipped = Buffer.concat([GZIP_HEADER, ...pieces.map((entry) => entry.deflated), FINAL_BLOCK, trailer]);

    // The ETag ignores the build's version and time: the same listings cost phones nothing.
    const fingerprint = createHash('sha256').update(JSON.stringify(region));
    for (const group of this.#groups) fingerprint.update(group.hash);
    let json: string | null = null;
    return {
      value: directoryFromListings(region, listings, version, generatedAt),
      // Only a client that cannot take gzip needs the plain text: joined when first asked for.
      get json() {
        json ??= Buffer.concat(pieces.map((entry) => entry.raw)).toString('utf8');
        return json;
      },
      gzipped,
      etag: `"${fingerprint.digest('base64url').slice(0, 27)}"`,
    };
  }
}
