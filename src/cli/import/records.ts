/** What every importer hands to the command: the directory's tables and what went wrong. */
import { createHash } from 'node:crypto';
import type { Location, Organization, Service, ServiceAtLocation } from '../../shared/schema/directory.ts';
import type { ImportReport } from './report.ts';

export interface ImportedRecords {
  organizations: Organization[];
  services: Service[];
  locations: Location[];
  service_at_locations: ServiceAtLocation[];
}

export interface ImportResult {
  records: ImportedRecords;
  report: ImportReport;
}

export function emptyRecords(): ImportedRecords {
  return { organizations: [], services: [], locations: [], service_at_locations: [] };
}

/**
 * An id derived from content, so importing the same file twice gives the same ids and phones
 * that cached a listing keep pointing at it. 16 hex digits make a collision among a region's
 * few thousand records vanishingly unlikely.
 */
export function stableId(prefix: string, ...parts: string[]): string {
  const digest = createHash('sha256').update([prefix, ...parts].join('\u241f')).digest('hex');
  return `${prefix}-${digest.slice(0, 16)}`;
}
