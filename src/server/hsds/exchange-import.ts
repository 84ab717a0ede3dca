/**
 * The admin import of an HSDS file into a region's listings, all or nothing. The file is read
 * by the command line's HSDS readers (every row checked, problems named by table, row and
 * field), split into listings by `checkListings`, compared with the live listings without
 * writing (the preview), and written by `importListings` only when nothing is wrong.
 */
import { importHsdsUpload } from '../../cli/import/hsds.ts';
import type { ImportProblem } from '../../cli/import/report.ts';
import { tableSpecs, type TableName } from '../../cli/import/hsds-tables.ts';
import type { OrganizationListing } from '../../shared/listings/listing-document.ts';
import type { Region } from '../../shared/schema/directory.ts';
import { checkListings, importListings, type ImportCounts, type ListingProblem } from '../listings/listing-import.ts';
import type { ListingActor } from '../listings/listing-versions.ts';
import type { Db } from '../listings/listing-rows.ts';
import { hsdsLocation, hsdsOrganization, hsdsService, ordered } from './hsds-records.ts';
import { liveListings } from './live-listings.ts';

export type UploadFormat = 'json' | 'zip';

export interface Upload {
  bytes: Uint8Array;
  format: UploadFormat;
  fileName: string;
}

/** One thing wrong with the file, in the terms of the HSDS table a data steward would open. */
export interface ExchangeProblem {
  /** HSDS table (`service`, `phone`), null for the file as a whole. */
  table: string | null;
  /** CSV data row, or position in the JSON list (1-based); null when unknown. */
  row: number | null;
  /** The record's id when the problem was found on a whole listing. */
  id: string | null;
  field: string | null;
  message: string;
}

export interface ImportPreview {
  file: { organizations: number; services: number; locations: number };
  counts: ImportCounts;
  /** The first problems (see `errorCount` for all); the import is refused when there is any. */
  errors: ExchangeProblem[];
  errorCount: number;
  warnings: ExchangeProblem[];
}

export interface PreparedImport {
  preview: ImportPreview;
  /** What `importListings` writes: unchanged listings are the live ones themselves. */
  listings: OrganizationListing[];
}

/** A person reads the first problems and fixes the file; a million lines help nobody. */
export const MAX_LISTED_PROBLEMS = 200;

const singular = (table: string | undefined): string | null => (table && Object.hasOwn(tableSpecs, table) ? tableSpecs[table as TableName].singular : (table ?? null));

function fromReport(problem: ImportProblem): ExchangeProblem {
  const table = singular(problem.table) ?? (problem.file.endsWith('.csv') ? problem.file.replace(/^.*\//, '').replace(/\.csv$/i, '') : null);
  return { table, row: problem.row ?? problem.position?.line ?? null, id: null, field: problem.field, message: problem.problem };
}

const LISTING_TABLES: Record<string, string> = { organization: 'organization', services: 'service', locations: 'location', service_at_locations: 'service_at_location' };

function fromListing(problem: ListingProblem): ExchangeProblem {
  const [first = ''] = problem.path.split('.');
  return { table: LISTING_TABLES[first] ?? 'organization', row: null, id: problem.organizationId, field: problem.path || null, message: problem.message };
}

/** Listings that export the same HSDS are the same listing: nulls and empty lists do not count as changes. */
function fingerprint(listing: OrganizationListing): string {
  return JSON.stringify([
    hsdsOrganization(listing.organization),
    listing.services.map((service) => hsdsService(service)),
    listing.locations.map(hsdsLocation),
    listing.service_at_locations.map((link) => ordered('service_at_locations', link)),
  ]);
}

async function headsOf(db: Db, organizationIds: readonly string[]) {
  const heads = new Map<string, { region_id: string; live_version: number | null }>();
  for (let start = 0; start < organizationIds.length; start += 500) {
    const rows = await db
      .selectFrom('listing_heads')
      .select(['organization_id', 'region_id', 'live_version'])
      .where('organization_id', 'in', organizationIds.slice(start, start + 500))
      .execute();
    for (const row of rows) heads.set(row.organization_id, row);
  }
  return heads;
}

/** Reads and checks the file, and counts what an import would do; writes nothing. */
export async function prepareImport(db: Db, regionId: string, upload: Upload): Promise<PreparedImport> {
  const { records, report } = await importHsdsUpload(upload.bytes, upload.format, upload.fileName);
  const errors = report.errors.map(fromReport);
  const warnings = report.warnings.map(fromReport);
  if (errors.length === 0 && records.organizations.length === 0) {
    // Importing nothing would withdraw every organization of the region from phones.
    errors.push({ table: null, row: null, id: null, field: null, message: 'The file lists no organization; nothing would be left to publish.' });
  }
  const checked = checkListings(records);
  errors.push(...checked.problems.map(fromListing));

  const live = await liveListings(db, regionId);
  const heads = await headsOf(db, checked.listings.map((listing) => listing.organization.id));
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, withdrawn: 0 };
  const listings = checked.listings.map((listing) => {
    const id = listing.organization.id;
    const head = heads.get(id);
    if (!head) {
      counts.created += 1;
      return listing;
    }
    if (head.region_id !== regionId) {
      errors.push({ table: 'organization', row: null, id, field: 'id', message: `is listed in region ${head.region_id}; it cannot be imported into ${regionId}` });
      return listing;
    }
    const current = live.get(id);
    if (current && fingerprint(current) === fingerprint(listing)) {
      counts.unchanged += 1;
      return current;
    }
    counts.updated += 1;
    return listing;
  });
  const imported = new Set(checked.listings.map((listing) => listing.organization.id));
  counts.withdrawn = [...live.keys()].filter((id) => !imported.has(id)).length;

  return {
    preview: {
      file: { organizations: records.organizations.length, services: records.services.length, locations: records.locations.length },
      counts,
      errors: errors.slice(0, MAX_LISTED_PROBLEMS),
      errorCount: errors.length,
      warnings: warnings.slice(0, MAX_LISTED_PROBLEMS),
    },
    listings,
  };
}

/** Writes a prepared import that has no error: one transaction, all or nothing. */
export function commitImport(db: Db, region: Region, prepared: PreparedImport, actor: ListingActor, at: string): Promise<ImportCounts> {
  if (prepared.preview.errorCount > 0) throw new Error('An import with errors cannot be written.');
  return importListings(db, region, prepared.listings, actor, at);
}
